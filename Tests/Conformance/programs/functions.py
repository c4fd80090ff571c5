# defaults, keyword arguments, *args, **kwargs, keyword-only, positional-only
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()) if False else kw)

print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2, 3], **{"c": 7, "z": 8}))

def g(x, y, /, z):
    return x + y + z

print(g(1, 2, z=3), g(1, 2, 3))

def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

counter = outer()
print(counter(), counter(), counter())

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]

print([add(10) for add in make_adders()])

def decorate(fn):
    def wrapper(*args):
        return ("wrapped", fn(*args))
    return wrapper

@decorate
def square(x):
    return x * x

print(square(7), square.__name__, f.__name__)

for call in ["f()", "f(1)", "g(1, 2)", "g(1, y=2, z=3)", "f(1, c=1, c=2)" if False else "f(1, 2, c=3, b=4)"]:
    try:
        eval(call)
    except TypeError as e:
        print("TypeError:", e)

def recursive(n):
    return 1 if n <= 1 else n * recursive(n - 1)
print(recursive(20), recursive(25))
