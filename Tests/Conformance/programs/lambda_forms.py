# lambdas: defaults, keyword-only and positional-only parameters, closures, names and reprs
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add.__name__, add.__code__.co_argcount)

kwonly = lambda *, key="k": key * 2
print(kwonly(), kwonly(key="z"))
posonly = lambda a, /, b: (a, b)
print(posonly(1, b=2))
try:
    posonly(a=1, b=2)
except TypeError as e:
    print(type(e).__name__, e)

varargs = lambda *a, **k: (a, sorted(k.items()))
print(varargs(1, 2, x=3, y=4))

makers = [lambda x, i=i: x + i for i in range(3)]
print([m(10) for m in makers])
late = [lambda x: x + i for i in range(3)]
print([m(10) for m in late])

compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))

print((lambda: "immediately")())
print(sorted(["banana", "Apple", "cherry"], key=lambda s: s.lower()))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
print(list(filter(lambda n: n % 3 == 0, range(10))))

fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))

print((lambda: (yield 1))().__class__.__name__)
gen_lambda = lambda: (yield from range(3))
print(list(gen_lambda()))

print(add.__qualname__)
def outer():
    return lambda: None
print(outer().__qualname__)
print((lambda: 0 if True else 1)())

print(add.__defaults__, kwonly.__kwdefaults__)
try:
    add()
except TypeError as e:
    print(type(e).__name__, e)
try:
    kwonly(1)
except TypeError as e:
    print(type(e).__name__, e)

nested = lambda x: (lambda y: (lambda z: x + y + z))
print(nested(1)(2)(3))
print((lambda: 1) == (lambda: 1), type(lambda: 1).__name__)
