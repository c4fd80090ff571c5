# try/except/else/finally ordering: else only without exception, finally overriding return, exceptions in else and finally, nesting
def order(raise_in=None):
    log = []
    try:
        log.append("try")
        if raise_in == "try": raise ValueError("t")
    except ValueError:
        log.append("except")
        if raise_in == "except": raise KeyError("e")
    else:
        log.append("else")
        if raise_in == "else": raise TypeError("el")
    finally:
        log.append("finally")
    return log
for where in [None, "try"]:
    print(where, order(where))
for where in ["except", "else"]:
    try:
        order(where)
    except (KeyError, TypeError) as e:
        print(where, "escaped", repr(e), repr(e.__context__))
def override():
    try:
        return "try"
    finally:
        return "finally"
print(override())
def swallow():
    try:
        raise ValueError
    finally:
        return "finally swallowed"
print(swallow())
def loop_finally():
    out = []
    for i in range(3):
        try:
            if i == 1: continue
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_finally())
def finally_raises():
    try:
        raise ValueError("original")
    finally:
        raise RuntimeError("from finally")
try:
    finally_raises()
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))
def nested():
    try:
        try:
            raise KeyError("inner")
        except KeyError:
            raise IndexError("middle")
        finally:
            print("inner finally")
    except IndexError as e:
        return f"outer caught {e!r} from {e.__context__!r}"
print(nested())
def ret_value_evaluated_before_finally():
    x = ["before"]
    try:
        return x
    finally:
        x.append("finally mutated")
print(ret_value_evaluated_before_finally())
def except_tuple(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__
print(except_tuple(KeyError), except_tuple(IndexError()), except_tuple(ZeroDivisionError))
def name_cleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return "err" in locals()
print(name_cleared())
