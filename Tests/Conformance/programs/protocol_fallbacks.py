# Older protocols and smaller features: __missing__, iteration by __getitem__,
# iter(callable, sentinel), keyword merging errors, range's sequence methods.
class Defaulting(dict):
    def __missing__(self, key):
        return f"<{key}>"


d = Defaulting(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d, len(d))


class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i


print(list(Squares()), 9 in Squares(), 5 in Squares(), [x + 1 for x in Squares()], sorted(Squares(), reverse=True))
a, b, c, e = Squares()
print(a, b, c, e, *Squares(), max(Squares()), sum(Squares()), tuple(enumerate(Squares())))
it = iter(Squares())
print(next(it), next(it), type(it).__name__)


class Sized:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return "abc"[i]


print(list(reversed(Sized())), "".join(Sized()))
try:
    reversed(Squares())
except TypeError as e:
    print("TypeError:", e)

values = [3, 2, 1, 0, 9]
print(list(iter(values.pop, 1)), values)
counter = iter(lambda: len(values), 0)
print(next(counter), type(counter).__name__, iter(counter) is counter)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)


def stop_early():
    raise StopIteration


print(list(iter(stop_early, None)))


def keywords(**k):
    return k


print(keywords(a=1, **{"b": 2}, c=3), keywords(**{"a": 1}, **{"b": 2}))
for call in (lambda: keywords(**{"a": 1}, a=2), lambda: keywords(a=1, **{"a": 2}), lambda: keywords(**{"a": 1}, **{"a": 2}),
             lambda: keywords(**[1]), lambda: keywords(*5), lambda: keywords(1, *5), lambda: keywords(**{1: 2})):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

r = range(10)
print(r[2:5], r[::-1], r[-3:], range(0, 20, 3)[1::2], r[-1], r[::3], range(5, 0, -1)[1:3])
print(r.index(3), r.count(3), r.count(3.0), r.count("a"), bool(range(0)), bool(r), 3.0 in r, "a" in r)
print(hash(range(0)) == hash(range(5, 5)), hash(range(1, 2)) == hash(range(1, 9, 9)), r.__reduce__())
for bad in (lambda: r.index(11), lambda: r[10], lambda: r["a"], lambda: r.index("a")):
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)

print((lambda: 1).__call__(), len.__call__("abc"), type(len).__call__(len, "ab"), staticmethod(len)("a"))


class K:
    def method(self):
        "doc of method"

    def __call__(self, x):
        return x * 2


print(K().method.__doc__, K()(4), K().__call__(5), K.__call__(K(), 6))
try:
    raise SystemExit(3)
except SystemExit as e:
    print("code", e.code)
err = ValueError("x")
err.add_note("first")
err.add_note("second")
print(err.__notes__, err.__dict__)
view = {1: 2}.keys()
print(view.mapping, type(view.mapping).__name__, {1: 2}.items().mapping[1])
