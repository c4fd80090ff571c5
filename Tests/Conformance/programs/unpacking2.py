# unpacking: starred targets, nested, in for loops, function calls with * and **, dict/set/list displays, errors
a, *b = [1, 2, 3]; print(a, b)
*a, b = "xyz"; print(a, b)
a, *b, c = range(2); print(a, b, c)
(a, b), *rest = [(1, 2), 3, 4]; print(a, b, rest)
for i, (k, v) in enumerate({"x": 1, "y": 2}.items()): print(i, k, v)
for x, *ys in [(1, 2, 3), (4,)]: print(x, ys)
first, second = {"one": 1, "two": 2}; print(first, second)
for bad in ["a, b = [1, 2, 3]", "a, b, c = [1, 2]", "a, *b, c = [1]", "a, b = 5", "(a, b), c = [1, 2], 3"]:
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def f(*args, **kwargs): return args, kwargs
print(f(*[1, 2], *"ab", 3, **{"k": 1}, **{"j": 2}, z=0))
print(f(*range(3)), f(**{}), f(*(), **dict(a=1)))
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError", e)
print([*range(3), *"ab"], (*[1], 2), {*[1, 2], 3} == {1, 2, 3}, {**{"a": 1}, "b": 2, **{"a": 3}}, [*[], *()])
def g(a, b, c=3, *, d): return a, b, c, d
print(g(*[1, 2], d=4), g(1, *[2, 3], d=5), g(**{"a": 1, "b": 2, "d": 0}))
for call in [lambda: g(1), lambda: g(1, 2, 3, 4), lambda: g(1, 2, d=1, e=2), lambda: g(1, 2, a=1, d=1), lambda: g(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
def po(a, b, /, c): return a, b, c
print(po(1, 2, c=3), po(1, 2, 3))
try:
    po(a=1, b=2, c=3)
except TypeError as e:
    print("TypeError", e)
x = y = z = 0
x, y, z = z, x, y = 1, 2, 3; print(x, y, z)
(m), = [5]; print(m)
[[n]] = [[6]]; print(n)
t = 1, 2, 3; u, v, w = t; print(u + v + w, t)
s = {1}; (e,) = s; print(e)
dd = {}; dd["a"], dd["b"] = 1, 2; print(dd)
l = [0, 0]; l[0], l[1] = l[1] + 1, l[0] + 2; print(l)
