# generator cleanup: finally on exhaustion, on explicit close, on an exception thrown in, try/finally around yield from, return inside finally
log = []
def resource(name):
    log.append(f"open {name}")
    try:
        yield f"{name}-1"
        yield f"{name}-2"
    finally:
        log.append(f"close {name}")
print(list(resource("a")), log); log.clear()
g = resource("b"); next(g); g.close(); print(log); log.clear()
g = resource("c"); next(g)
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    print("thrown out:", e, log); log.clear()
def delegating():
    try:
        r = yield from resource("inner")
        log.append(f"inner returned {r}")
    finally:
        log.append("outer finally")
d = delegating(); print(next(d), next(d)); d.close(); print(log); log.clear()
def swallow_close():
    try:
        yield 1
    finally:
        return "returned from finally"
s = swallow_close(); next(s); print(s.close(), "close ignored the return")
def counting():
    n = 0
    try:
        while True:
            n += 1
            yield n
    except GeneratorExit:
        log.append(f"exit after {n}")
        raise
c = counting(); [next(c) for _ in range(3)]; c.close(); print(log); log.clear()
def gen_with_with():
    class CM:
        def __enter__(self): log.append("enter"); return self
        def __exit__(self, *a): log.append(f"exit {a[0].__name__ if a[0] else None}")
    with CM():
        yield "inside with"
w = gen_with_with(); next(w); w.close(); print(log); log.clear()
def suppressing():
    try:
        yield 1
    except ValueError:
        yield "recovered"
    yield "after"
sp = suppressing(); next(sp); print(sp.throw(ValueError), next(sp), next(sp, "end"))
def returns():
    yield 1
    return "value"
r = returns(); next(r)
try:
    next(r)
except StopIteration as e:
    print("StopIteration value", e.value, e.args)
def finally_yield():
    try:
        yield 1
    finally:
        yield "yield in finally"
fy = finally_yield(); next(fy)
try:
    fy.close()
except RuntimeError as e:
    print(type(e).__name__, e)
