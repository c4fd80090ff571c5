# parameters: positional-only, keyword-only, defaults evaluated once, *args/**kwargs forwarding, binding error messages
def f(a, b=2, /, c=3, *, d, e=5, **kw): return (a, b, c, d, e, kw)
print(f(1, d=4), f(1, 2, 3, d=4, e=6, z=7), f(1, c=9, d=0), f(1, 2, d=1, a=99))
for call in ["f()", "f(1)", "f(a=1, d=2)", "f(1, 2, 3, 4)", "f(1, d=1, d=2)", "f(1, 2, c=3, c=4, d=1)"]:
    try:
        print(eval(call))
    except (TypeError, SyntaxError) as e:
        print(call, type(e).__name__, e)
def g(*args, **kwargs): return args, kwargs
print(g(), g(1, *[2, 3], *(), x=1, **{"y": 2}, **{}), g(*"ab", **dict(k=1)))
def h(x, y, z): return x + y * z
args, kw = (1,), {"z": 3, "y": 2}
print(h(*args, **kw), h(*[1, 2], 3), h(1, *(2,), **{"z": 4}))
def defaults(x, cache=[]):
    cache.append(x)
    return cache
print(defaults(1), defaults(2), defaults(3, []), defaults.__defaults__)
def kwonly(*, a, b=1): return a, b
print(kwonly(a=0), kwonly.__kwdefaults__, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount, f.__code__.co_argcount)
for bad in [lambda: kwonly(1), lambda: kwonly(b=2), lambda: h(1, 2), lambda: h(1, 2, 3, 4), lambda: h(1, 2, x=1),
            lambda: h(**{1: 2}), lambda: g(**{"a": 1}, **{"a": 2}), lambda: h(*1), lambda: h(**[]), lambda: (lambda: 0)(1)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
def forward(*a, **k): return h(*a, **k)
print(forward(1, 2, 3), forward(z=1, y=1, x=1))
class C:
    def m(self, /, x, *rest, flag=False): return (x, rest, flag)
print(C().m(1, 2, 3, flag=True), C.m(C(), 0))
try:
    C().m()
except TypeError as e:
    print(type(e).__name__, e)
print(f.__name__, f.__code__.co_varnames, (lambda a, /, b, *, c: 0).__code__.co_varnames)
