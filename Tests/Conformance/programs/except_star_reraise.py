# except*: what is raised after the clauses (unhandled rest, re-raised parts, new
# exceptions), with tracebacks, __context__ and __cause__ as CPython sets them


def show(eg, indent=0):
    pad = " " * indent
    if isinstance(eg, BaseExceptionGroup):
        print(f"{pad}{type(eg).__name__}({eg.message!r}) tb={lines(eg)}")
        for e in eg.exceptions:
            show(e, indent + 2)
    else:
        ctx = type(eg.__context__).__name__ if eg.__context__ is not None else None
        cause = type(eg.__cause__).__name__ if eg.__cause__ is not None else None
        print(f"{pad}{type(eg).__name__}{eg.args!r} tb={lines(eg)} context={ctx} cause={cause}")


def lines(e):
    """The line numbers of a traceback, outermost first."""
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


def run(label, body):
    print("--", label)
    try:
        body()
        print("no exception")
    except BaseException as e:
        show(e, 2)
        print("  same object as raised:", e is getattr(body, "raised", None))


def bare_reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise


run("bare raise re-raises the matched part with the rest", bare_reraise)


def reraise_all():
    eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    reraise_all.raised = eg
    try:
        raise eg
    except* ValueError:
        raise
    except* TypeError:
        raise


run("re-raising every part gives back the original group", reraise_all)


def new_exception():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("new")


run("a new exception raised alone", new_exception)


def new_and_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")


run("a new exception next to the unhandled rest", new_and_rest)


def two_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("from value")
    except* TypeError as e:
        raise RuntimeError("from type") from e


run("two clauses raise; the rest follows", two_new)


def reraise_and_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise IndexError("idx")


run("a re-raised part and a new exception", reraise_and_new)


def nested_structure_kept():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [ValueError(2), TypeError(3)]), TypeError(4)])
    except* ValueError:
        raise


run("re-raised leaves keep the original nesting", nested_structure_kept)


def raise_match_object():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e


run("raise e (not bare) counts as a new exception", raise_match_object)


def naked_reraise():
    try:
        raise KeyError("naked")
    except* KeyError:
        raise


run("bare raise of a wrapped naked exception", naked_reraise)


def naked_new():
    try:
        raise KeyError("naked")
    except* KeyError:
        raise ValueError("replacement")


run("new exception from a naked one", naked_new)


def raise_group_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise ExceptionGroup("raised", [TypeError(2), KeyError(3)])


run("a group raised in a clause", raise_group_in_handler)


def from_function():
    def inner():
        raise ExceptionGroup("deep", [ValueError(1), TypeError(2)])
    try:
        inner()
    except* TypeError:
        pass


run("rest of a group from a called function", from_function)


def finally_runs_on_reraise():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* ValueError:
            raise
        finally:
            print("  finally ran")
    except ExceptionGroup as e:
        print("  outer caught", repr(e))


run("finally runs before the re-raise", finally_runs_on_reraise)


def outer_except_sees_rest():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError:
            print("  inner handled values")
    except* TypeError as e:
        print("  outer handled", repr(e))


run("nested try/except* statements", outer_except_sees_rest)


def type_errors():
    for bad in (ExceptionGroup, (ValueError, ExceptionGroup), BaseExceptionGroup, int, (ValueError, 3), "x"):
        try:
            try:
                raise ExceptionGroup("eg", [ValueError(1)])
            except* bad:
                pass
        except TypeError as e:
            print(" ", bad if isinstance(bad, str) else getattr(bad, "__name__", bad), "->", e)
            print("    context:", repr(e.__context__))


run("types except* may not name", type_errors)


def type_checked_after_full_match():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* ValueError:
            print("  first clause took everything")
        except* int:
            print("  not reached")
    except TypeError as e:
        print("  second clause's type is still checked:", e)


run("the type is checked even when nothing is left", type_checked_after_full_match)


def context_of_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        try:
            raise KeyError("k")
        except KeyError as k:
            print("  context of a new exception is the matched part:", k.__context__ is e)


run("__context__ inside a clause", context_of_new)


def generator_with_except_star():
    def gen():
        try:
            yield 1
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError:
            yield "handled value"
    g = gen()
    print(" ", next(g))
    print(" ", next(g))
    next(g)


run("except* in a generator", generator_with_except_star)


def main():
    try:
        raise ExceptionGroup("unhandled", [ValueError("v"), ExceptionGroup("inner", [TypeError("t"), KeyError("k")])])
    except* ValueError:
        raise RuntimeError("raised in handler")
    except* KeyError:
        raise


main()
