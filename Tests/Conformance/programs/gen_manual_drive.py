# generators driven by hand: send before start, send values, throw with traceback continuation, close return value, gi_* state
def acc():
    total = 0
    while True:
        try:
            v = yield total
        except ValueError as e:
            print("gen caught", e)
            total = -1
            continue
        if v is None:
            return total
        total += v
g = acc()
print(g.gi_running, g.gi_frame is not None, g.gi_suspended if hasattr(g, "gi_suspended") else "n/a")
try:
    g.send(5)
except TypeError as e:
    print(type(e).__name__, e)
print(next(g), g.send(3), g.send(4), g.throw(ValueError("bad")), g.send(10))
try:
    g.send(None)
except StopIteration as s:
    print("returned", s.value, g.gi_frame)
print(next(g, "exhausted"))
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("closing cleanup")
c = closing(); print(next(c)); c.close(); c.close(); print("closed twice ok")
def refuse():
    try:
        yield 1
    except GeneratorExit:
        yield "not allowed"
r = refuse(); next(r)
try:
    r.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def self_ref():
    yield me.send(None)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
def raiser():
    yield 1
    raise StopIteration("inside")
try:
    list(raiser())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def thrower():
    yield 1
t = thrower()
try:
    t.throw(KeyError("before start"))
except KeyError as e:
    print("propagated", e, next(t, "done"))
t2 = thrower(); next(t2)
try:
    t2.throw(TypeError, "old style", None)
except TypeError as e:
    print(type(e).__name__, e)
print(type(g).__name__, g.__name__, g.__qualname__, acc.__code__.co_flags & 0x20 != 0)
