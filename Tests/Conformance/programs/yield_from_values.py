# yield from: return values of subgenerators, delegation to iterables, send passthrough, and exceptions
def inner(n):
    total = 0
    for i in range(n):
        received = yield i
        if received:
            total += received
    return total

def outer():
    a = yield from inner(2)
    b = yield from inner(3)
    yield ("results", a, b)
    return a + b

g = outer()
print(next(g), g.send(10), g.send(20), g.send(1), g.send(2), g.send(3))
try:
    next(g)
except StopIteration as e:
    print("final", e.value)

def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))

def delegate_iterables():
    yield from "ab"
    yield from range(2)
    yield from {"k": 1}
    yield from (x * 10 for x in range(2))
print(list(delegate_iterables()))

def failing_inner():
    yield 1
    raise ValueError("inner failed")
def catching_outer():
    try:
        yield from failing_inner()
    except ValueError as e:
        yield f"caught {e}"
print(list(catching_outer()))

def no_return():
    yield 1
def gets_none():
    result = yield from no_return()
    yield result
print(list(gets_none()))

def stop_value_inner():
    return "instant"
    yield
def stop_value_outer():
    v = yield from stop_value_inner()
    yield v
print(list(stop_value_outer()))
try:
    def bad():
        yield from 5
    list(bad())
except TypeError as e:
    print(type(e).__name__, e)
gen = outer()
next(gen)
print(gen.gi_yieldfrom is not None, type(gen.gi_yieldfrom).__name__)
