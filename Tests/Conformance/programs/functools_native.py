# _functools: reduce, cmp_to_key keys, partial (flattening, repr, reduce/setstate, attributes, subclasses), _lru_cache_wrapper bounded/unbounded/uncached, typed keys, cache_info/cache_clear, binding as a method
import _functools as ft
def cmp(a, b): return (a > b) - (a < b)
K = ft.cmp_to_key(cmp)
tests = ["ft.cmp_to_key()", "ft.cmp_to_key(mycmp=cmp)", "ft.cmp_to_key(cmp, 1)", "K()", "K(1, 2)", "K(obj=1)", "K(1).obj", "K(1) < 2", "K(1) < K(2)", "hash(K(1))",
 "K(1) == K(1)", "type(K).__name__", "type(K(1)).__name__", "K(1).__class__", "ft.reduce()", "ft.reduce(len)", "ft.reduce(len, 1)", "ft.reduce(len, [])",
 "ft.reduce(lambda a, b: a + b, [1, 2, 3])", "ft.reduce(lambda a, b: a + b, [], 5)", "ft.reduce(lambda a, b: a + b, [1], x=5)", "ft.reduce(1, [1, 2])",
 "ft.partial()", "ft.partial(1)", "ft.partial(func=len)", "ft.partial(len, 1).args", "ft.partial(max, 1, 2, key=abs)(-5)", "repr(ft.partial(max, 1, key=abs))",
 "ft.partial(ft.partial(max, 1, a=1), 2, b=2).args", "ft.partial(ft.partial(max, 1, a=1), 2, b=2).keywords", "ft.partial(max).keywords",
 "ft.partial(max, 1).__reduce__()", "ft.partial[int]", "ft.partial.__name__", "ft.partial.__module__", "type(ft.partial(max).func)",
 "ft._lru_cache_wrapper()", "ft._lru_cache_wrapper(1, 2, 3, 4)", "ft._lru_cache_wrapper(len, 'a', 3, 4)", "ft._lru_cache_wrapper(len, 2, 3)",
 "ft._lru_cache_wrapper(len, -1, False, tuple).cache_info()", "ft._lru_cache_wrapper(len, None, False, tuple).cache_info()",
 "ft._lru_cache_wrapper(len, 3.5, False, tuple)", "ft._lru_cache_wrapper.__name__", "ft._lru_cache_wrapper(len, 1, 0, tuple).__reduce__()",
]
for t in tests:
    try:
        r = eval(t)
        text = repr(r)
        print(t, "->", type(r).__name__ if " at 0x" in text else text)
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
p = ft.partial(max, 1)
for st in [1, (1,), (max, (), None, None), (1, (), {}, None), (max, [], {}, None), (max, (), [], None), (max, (1,), {'a': 1}, {'x': 1})]:
    try:
        p.__setstate__(st); print(p.func, p.args, p.keywords, p.__dict__)
    except Exception as e:
        print(type(e).__name__, e)

print(sorted([3, 1, 2], key=K), sorted(["bb", "a", "ccc"], key=ft.cmp_to_key(lambda a, b: len(b) - len(a))))
k = K(5); k.obj = 7; print(k.obj, K(1) <= K(1), K(2) > K(1), K(1) != K(2))
try:
    K(1) < 1
except TypeError as e:
    print(e)
class P(ft.partial):
    pass
p = P(max, 1, key=abs); print(repr(p), type(ft.partial(p, 2)).__name__, ft.partial(p, 2).args, P(p, 3).args)
q = ft.partial(max, 1); q.attr = 5; r = ft.partial(q, 2); print(r.func is q, r.args, q.__dict__)
p = ft.partial(print, "x", sep="-"); p("y", end="!\n"); p(sep="+")
p.__setstate__((min, (4, 5), {"key": abs}, None)); print(p(-6), repr(p))
def recursive():
    return fr
fr = ft.partial(recursive); fr2 = ft.partial(fr, fr)
print(repr(ft.partial(len, [1]))[:40])
class A:
    def m(self, x): return (self, x)
    pm = ft.partial(m, 1)
print(A.pm(2), A().pm(3))
try:
    ft.partial(max, 1).func = min
except AttributeError as e:
    print("AttributeError", e)

class CacheInfo(tuple):
    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))
calls = []
def square(x):
    calls.append(x)
    return x * x
for maxsize in [None, 0, 2, -5]:
    calls.clear()
    f = ft._lru_cache_wrapper(square, maxsize, False, CacheInfo)
    print(maxsize, [f(x) for x in [1, 2, 1, 3, 1, 2, 2]], calls, f.cache_info())
    f.cache_clear(); print(f.cache_info(), f(4), f.cache_info())
t = ft._lru_cache_wrapper(lambda x: (x, type(x).__name__), 10, True, CacheInfo)
print(t(1), t(1.0), t(True), t.cache_info())
u = ft._lru_cache_wrapper(lambda x: (x, type(x).__name__), 10, False, CacheInfo)
print(u(1), u(1.0), u(True), u.cache_info())
kw = ft._lru_cache_wrapper(lambda *a, **k: (a, sorted(k.items())), None, False, CacheInfo)
print(kw(1, b=2), kw(1, b=2), kw(b=2), kw(1), kw.cache_info())
@lambda f: ft._lru_cache_wrapper(f, 100, False, CacheInfo)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
class C:
    @lambda f: ft._lru_cache_wrapper(f, None, False, CacheInfo)
    def method(self, x):
        return x * 2
c = C(); print(c.method(4), c.method(4), C.method.cache_info(), C.method(c, 4), type(c.method).__name__)
w = ft._lru_cache_wrapper(square, 3, False, CacheInfo)
w.__wrapped__ = square; w.__qualname__ = "square"; print(w.__wrapped__ is square, w.__reduce__(), w.__copy__() is w, w.__deepcopy__({}) is w)
try:
    w(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    ft._lru_cache_wrapper(square, 3, False, CacheInfo)([])
except TypeError as e:
    print("TypeError", e)
