# except* (PEP 654): matching by type and tuple, splitting groups, naked exceptions


def show(eg, indent=0):
    """Prints an exception group's tree: type, message and leaves."""
    pad = " " * indent
    if isinstance(eg, BaseExceptionGroup):
        print(f"{pad}{type(eg).__name__}({eg.message!r})")
        for e in eg.exceptions:
            show(e, indent + 2)
    else:
        print(f"{pad}{type(eg).__name__}({', '.join(map(repr, eg.args))})")


def run(label, body):
    print("--", label)
    try:
        body()
    except BaseException as e:
        print("escaped:")
        show(e, 2)


def one_type():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("ValueError part:")
        show(e, 2)
    except* TypeError as e:
        print("TypeError part:")
        show(e, 2)


run("split by type", one_type)


def tuple_type():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* (ValueError, TypeError) as e:
        print("matched:")
        show(e, 2)


run("tuple of types, rest escapes", tuple_type)


def nested():
    try:
        raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")]), OSError("d")])
    except* ValueError as e:
        print("values:")
        show(e, 2)
    except* OSError as e:
        print("oserrors:")
        show(e, 2)


run("nested groups keep their structure", nested)


def naked():
    try:
        raise KeyError("k")
    except* KeyError as e:
        print("naked wrapped:", type(e).__name__, repr(e.message), [repr(x) for x in e.exceptions])
        print("leaf traceback kept:", e.exceptions[0].__traceback__ is not None, e.__traceback__ is e.exceptions[0].__traceback__)


run("naked exception is wrapped", naked)


def naked_unmatched():
    try:
        raise KeyError("k")
    except* ValueError:
        print("not reached")


run("naked exception that does not match escapes unwrapped", naked_unmatched)


def subclass_match():
    try:
        raise ExceptionGroup("eg", [FileNotFoundError("f"), PermissionError("p"), ZeroDivisionError("z")])
    except* OSError as e:
        print("OSError subclasses:")
        show(e, 2)
    except* ArithmeticError as e:
        print("arithmetic:")
        show(e, 2)


run("subclasses match", subclass_match)


def clause_runs_once():
    count = 0
    try:
        raise ExceptionGroup("eg", [ValueError(1), ValueError(2), ValueError(3)])
    except* ValueError as e:
        count += 1
        print("clause ran with", len(e.exceptions), "exceptions")
    print("count", count)


run("a clause runs once with all its matches", clause_runs_once)


def else_and_finally():
    for fail in (False, True):
        try:
            if fail:
                raise ExceptionGroup("eg", [ValueError()])
            print("body ok")
        except* ValueError:
            print("handled")
        else:
            print("else runs")
        finally:
            print("finally runs")


run("else and finally", else_and_finally)


def name_unbound():
    try:
        raise ExceptionGroup("eg", [ValueError()])
    except* ValueError as err:
        pass
    try:
        err
    except NameError as e:
        print("NameError:", e)


run("the name is unbound after the clause", name_unbound)


def exc_info_inside():
    import sys
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("exc_info:", type(sys.exc_info()[1]).__name__, sys.exc_info()[1].exceptions)
    except* TypeError:
        print("exc_info:", type(sys.exc_info()[1]).__name__, sys.exc_info()[1].exceptions)
    print("after:", sys.exc_info())


run("sys.exc_info() is the matched part", exc_info_inside)


def base_exception_group():
    try:
        raise BaseExceptionGroup("beg", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as e:
        print("base group part:", type(e).__name__)
        show(e, 2)
    except* ValueError as e:
        print("value part:", type(e).__name__)
        show(e, 2)


run("BaseExceptionGroup parts", base_exception_group)


def no_match_all():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* TypeError:
        print("no")
    except* KeyError:
        print("no")


run("nothing matches: the group escapes as it was", no_match_all)


def in_loop():
    for i in range(3):
        try:
            if i == 1:
                raise ExceptionGroup("eg", [ValueError(i)])
            print("iteration", i)
        except* ValueError as e:
            print("caught in iteration", i, e.exceptions)
            for j in range(2):
                if j == 1:
                    break
                print("inner loop may break", j)


run("except* inside loops; loops inside except*", in_loop)


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)


def derived():
    try:
        raise MyGroup("mine", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("derived match:", type(e).__name__, repr(e.message))
    except* TypeError as e:
        print("derived rest:", type(e).__name__, repr(e.message))


run("split uses derive()", derived)


def notes_kept():
    eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    eg.add_note("a note")
    try:
        raise eg
    except* ValueError as e:
        print("notes copied:", e.__notes__)


run("split copies notes", notes_kept)


def with_finally_return():
    def f():
        try:
            raise ExceptionGroup("eg", [ValueError()])
        except* ValueError:
            print("handled in f")
        finally:
            return "finally returns"
    print(f())


run("return in finally after except*", with_finally_return)


def raise_in_try_of_handler():
    try:
        raise ExceptionGroup("eg", [ValueError()])
    except* ValueError:
        try:
            raise KeyError("inner")
        except KeyError as e:
            print("nested try in except* body:", repr(e), type(e.__context__).__name__)


run("try inside an except* body", raise_in_try_of_handler)
