# generators: send, throw, close, yield from delegation, return values, finally blocks, state, generator expressions
def echo():
    received = None
    try:
        while True:
            try:
                received = yield received
                print("got", received)
            except ValueError as e:
                print("caught", e); received = "recovered"
    finally:
        print("echo closing")
g = echo(); print(next(g), g.send(1), g.send(2), g.throw(ValueError("boom")), g.send(3)); g.close(); g.close()
try:
    g.send(1)
except StopIteration as e:
    print("StopIteration after close", e.value)
def ret():
    yield 1
    return "done"
g = ret(); print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value", e.value)
def inner():
    x = yield "i1"
    print("inner got", x)
    yield "i2"
    return "inner result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield from [10, 20]
    yield from range(2)
    return "outer result"
g = outer(); print(next(g), g.send("S"), next(g), next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print(e.value)
def thrower():
    try:
        yield 1
    except KeyError:
        yield "handled KeyError"
g = thrower(); next(g); print(g.throw(KeyError))
try:
    g.throw(TypeError("unhandled"))
except TypeError as e:
    print("TypeError propagated", e)
def not_started():
    yield 1
g = not_started()
try:
    g.send(5)
except TypeError as e:
    print("TypeError", e)
def closer():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen"); raise
g = closer(); next(g); g.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = bad_close(); next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
def stop_inside():
    yield 1
    raise StopIteration("x")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
def running():
    yield g2.send(None)
g2 = running()
try:
    next(g2)
except ValueError as e:
    print("ValueError", e)
def fib():
    a, b = 0, 1
    while True:
        yield a; a, b = b, a + b
f = fib(); print([next(f) for _ in range(10)])
ge = (x * x for x in range(5) if x % 2 == 0); print(next(ge), list(ge), list(ge))
print(sum(x for x in range(101)), max((len(w), w) for w in "a bb ccc".split()), list(zip(fib(), "abc")))
def gen_with_args(n, *, step=1):
    i = 0
    while i < n:
        yield i; i += step
print(list(gen_with_args(10, step=3)), type(fib()).__name__, iter(f) is f)
def lazy():
    print("started"); yield 1
lz = lazy(); print("created"); print(next(lz))
