# generator protocol: send before start, throw handled and unhandled, close with finally, return values
def echo():
    received = []
    try:
        while True:
            try:
                value = yield len(received)
                received.append(value)
            except ValueError as e:
                received.append(f"caught {e}")
    finally:
        print("echo closing with", received)

g = echo()
try:
    g.send("early")
except TypeError as e:
    print(type(e).__name__, e)
print(next(g), g.send("a"), g.send("b"), g.throw(ValueError("v")), g.send(None))
g.close()
g.close()
print(next(g, "closed"))

def returns():
    x = yield 1
    return f"got {x}"
r = returns()
next(r)
try:
    r.send("payload")
except StopIteration as e:
    print("StopIteration:", e.value)

def unhandled():
    yield 1
    yield 2
u = unhandled()
next(u)
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(list(u))

def refuses_close():
    try:
        yield 1
    except GeneratorExit:
        yield "not allowed"
rc = refuses_close()
next(rc)
try:
    rc.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def close_returns():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
cr = close_returns()
next(cr)
print(cr.close())

def throw_type():
    try:
        yield
    except Exception as e:
        yield type(e).__name__ + ":" + str(e)
t = throw_type()
next(t)
print(t.throw(IndexError))
t2 = throw_type()
next(t2)
print(t2.throw(ZeroDivisionError("zero")))
t3 = throw_type()
try:
    t3.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("unstarted throw:", e)
print(t3.gi_frame is None, t.gi_running)
try:
    t.throw(1)
except TypeError as e:
    print(type(e).__name__, e)
