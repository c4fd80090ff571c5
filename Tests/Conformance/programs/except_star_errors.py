# except*: compile-time errors (positions included) and run-time type errors


def check(source):
    """exec() compiles first: a SyntaxError comes before anything runs."""
    try:
        exec(source, {})
        print("compiles:", source.splitlines()[-1].strip())
    except NameError:
        print("compiles and runs into a NameError:", source.splitlines()[-1].strip())
    except SyntaxError as e:
        print(f"{e.msg!r} line {e.lineno} offset {e.offset} end {e.end_lineno}:{e.end_offset}")


check("try:\n    pass\nexcept* ValueError:\n    pass\nexcept KeyError:\n    pass\n")
check("try:\n    pass\nexcept KeyError:\n    pass\nexcept* ValueError:\n    pass\n")
check("try:\n    pass\nexcept*:\n    pass\n")
check("for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n")
check("for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue\n")
check("def f():\n    try:\n        pass\n    except* ValueError:\n        return\n")
check("def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n")
check("def f():\n    try:\n        pass\n    except* ValueError:\n        return x + 1\n")
check("def f():\n    try:\n        pass\n    except* ValueError:\n        try:\n            pass\n        finally:\n            return\n")
check("def f():\n    try:\n        pass\n    except* ValueError:\n        for i in x:\n            break\n        while x:\n            continue\n")
check("def f():\n    try:\n        pass\n    except* ValueError:\n        def g():\n            return 1\n")
check("def f():\n    for x in y:\n        try:\n            break\n        except* ValueError:\n            pass\n")
check("def f():\n    try:\n        return 1\n    except* ValueError:\n        pass\n    else:\n        return 2\n    finally:\n        pass\n")


def return_in_try_body():
    try:
        return "returned from the try body"
    except* ValueError:
        pass
    finally:
        print("finally after return")


print(return_in_try_body())


def catch_type_error(bad):
    try:
        raise ExceptionGroup("eg", [ValueError()])
    except* bad:
        pass


for bad in (ExceptionGroup, BaseExceptionGroup, (TypeError, ExceptionGroup), object, (1,), None):
    try:
        catch_type_error(bad)
    except TypeError as e:
        print(type(e).__name__, e)

catch_type_error(ExceptionGroup)
