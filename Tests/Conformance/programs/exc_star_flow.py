# except* control flow: several clauses matching, raise inside handlers, bare raise re-raising the matched part, finally, else
def attempt(excs, reraise=False, raise_new=False):
    try:
        try:
            raise ExceptionGroup("g", excs)
        except* ValueError as v:
            print(" caught values", [str(x) for x in v.exceptions])
            if reraise: raise
        except* TypeError as t:
            print(" caught types", [str(x) for x in t.exceptions])
            if raise_new: raise RuntimeError("new in handler")
        else:
            print(" else")
        finally:
            print(" finally")
    except BaseException as out:
        print(" escaped:", type(out).__name__, repr(out) if not isinstance(out, BaseExceptionGroup) else [repr(x) for x in out.exceptions])
        if isinstance(out, ExceptionGroup) and out.__context__ is not None:
            print(" context:", type(out.__context__).__name__)
print("values and types:"); attempt([ValueError("a"), TypeError("b"), ValueError("c")])
print("reraise:"); attempt([ValueError("a"), TypeError("b")], reraise=True)
print("raise new:"); attempt([TypeError("b")], raise_new=True)
print("unmatched:"); attempt([KeyError("k"), ValueError("v")])
def no_exception():
    try:
        x = 1
    except* ValueError:
        print("never")
    else:
        print("else runs", x)
no_exception()
def loop():
    for i in range(3):
        try:
            raise ExceptionGroup("l", [ValueError(i)])
        except* ValueError:
            if i == 1:
                print("skip via flag at", i)
    return "loop done"
print(loop())
try:
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* ValueError:
        raise ExceptionGroup("replacement", [TypeError(2)])
except ExceptionGroup as e:
    print(repr(e.exceptions), type(e.exceptions[0]).__name__ if e.exceptions else None)
try:
    raise ExceptionGroup("final", [ValueError("left"), ZeroDivisionError("z")])
except* ZeroDivisionError:
    print("zero handled; the ValueError escapes")
