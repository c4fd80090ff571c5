# generators: yield, send, return values, yield from, generator expressions
def countdown(n):
    while n > 0:
        yield n
        n -= 1

print(list(countdown(5)) if False else [x for x in countdown(5)])

def echo():
    received = yield "ready"
    while received is not None:
        received = yield f"got {received}"

g = echo()
print(next(g), g.send("a"), g.send("b"))

def inner():
    yield 1
    yield 2
    return "inner done"

def outer():
    result = yield from inner()
    yield result

print([v for v in outer()])

squares = (i * i for i in range(6) if i % 2 == 0)
print(sum(squares))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

it = fib()
print([next(it) for _ in range(12)])

def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("generator cleanup")

gf = gen_with_finally()
print(next(gf))
gf.close()

def stop_early():
    yield 1
    return 5

s = stop_early()
print(next(s))
try:
    next(s)
except StopIteration as e:
    print("StopIteration value", e.value)
