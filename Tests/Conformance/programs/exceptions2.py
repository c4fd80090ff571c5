# exceptions: chaining (__cause__, __context__, __suppress_context__), args, str/repr, hierarchy, finally semantics
def show(e):
    print(type(e).__name__, repr(e), str(e), e.args, type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("converted") from z
except ValueError as e:
    show(e)
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("during handling")
except TypeError as e:
    show(e)
try:
    try:
        [][0]
    except IndexError:
        raise RuntimeError("no context") from None
except RuntimeError as e:
    show(e)
print(repr(Exception()), repr(Exception(1, 2)), str(Exception(1, 2)), str(Exception("one")), repr(ValueError("x")), str(KeyError("k")), str(KeyError()), repr(KeyError("k", 1)))
print([c.__name__ for c in ZeroDivisionError.__mro__], issubclass(KeyError, LookupError), issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, BaseException))
print(issubclass(FileNotFoundError, OSError), issubclass(UnicodeDecodeError, ValueError), issubclass(RecursionError, RuntimeError), issubclass(ModuleNotFoundError, ImportError), issubclass(NotImplementedError, RuntimeError), issubclass(IndentationError, SyntaxError), issubclass(OverflowError, ArithmeticError))
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    try:
        return "try"
    finally:
        return "finally wins"
print(g())
def h():
    for i in range(3):
        try:
            if i == 1: continue
            if i == 2: break
            print("body", i)
        finally:
            print("finally", i)
    return "after loop"
print(h())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
    else:
        print("no else")
    finally:
        print("outer finally")
nested()
try:
    pass
except Exception:
    print("never")
else:
    print("else branch")
e_name = "before"
try:
    raise ValueError
except ValueError as e_name:
    pass
try:
    e_name
except NameError as e:
    print("NameError", e)
try:
    raise ValueError
except (TypeError, ValueError) as e:
    print("tuple caught", type(e).__name__, repr(e))
try:
    raise 5
except TypeError as e:
    print("TypeError", e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError", e)
class MyErr(Exception):
    def __str__(self): return "custom str"
try:
    raise MyErr("a")
except MyErr as e:
    print(str(e), repr(e), e.args)
err = ValueError("a", "b"); err.args = ("c",); print(err, err.args)
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise
except ValueError as e:
    print("re-raised", e)
def gen_exc():
    try:
        raise KeyError("in gen")
    except KeyError as e:
        return e
print(repr(gen_exc()), gen_exc().__traceback__ is not None)
import sys
try:
    raise IndexError("exc_info")
except IndexError:
    t, v, tb = sys.exc_info(); print(t.__name__, v, tb is not None, sys.exc_info()[0] is IndexError)
print(sys.exc_info())
e = Exception("with note")
try:
    raise e
except Exception as x:
    print(x is e)
