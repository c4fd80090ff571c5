# map/filter/zip/enumerate/reversed are lazy single-pass iterators: consumption order, side effects, exhaustion, length hints, pickling-free
trace = []
def f(x): trace.append(x); return x * 10
m = map(f, [1, 2, 3])
print(trace, next(m), trace, list(m), list(m), trace)
z = zip("abc", map(f, range(10)))
print(list(z), trace[-4:])
trace.clear()
z2 = zip(map(f, [1, 2]), "x")
print(list(z2), trace)
print(list(filter(None, [0, 1, "", "a", [], [0]])), list(filter(lambda s: s.isupper(), "aBcD")), list(map(pow, [2, 3], [3, 2], [5, 5])))
e = enumerate("xyz", start=-1); print(next(e), list(e))
r = reversed([1, 2, 3]); print(r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__())
it = iter([1, 2, 3, 4])
print(list(zip(it, it)), list(zip(*[iter("abcdef")] * 3)))
print(list(map(lambda *a: a, "ab", "cde")), list(zip()), list(map(str, [])), dict(enumerate("ab")))
print(type(map(f, [])).__name__, type(filter(None, [])).__name__, type(zip()).__name__, type(reversed("ab")).__name__, type(reversed(range(2))).__name__)
for bad in [lambda: map(f), lambda: map(None, 5), lambda: next(map(None, [1])), lambda: zip(1), lambda: filter(1, [1]).__next__(),
            lambda: reversed({1}), lambda: enumerate(1), lambda: list(zip([1], [2, 3], strict=True))]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
nums = iter(range(10))
evens = filter(lambda n: n % 2 == 0, nums)
print(next(evens), next(nums), next(evens), list(nums), list(evens))
