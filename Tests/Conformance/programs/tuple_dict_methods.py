# tuple and dict methods, views, ordering and errors
t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(3), t[1:3], t[::-1], t + (4,), t * 2, (1,) * 0, len(t), 3 in t, (1, 2) < (1, 3), (1, 2) == (1, 2), ())
try:
    t.index(9)
except ValueError as e:
    print("ValueError", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
print(tuple(), tuple([1, 2]), tuple("ab"), (1,), repr((1,)), hash((1, 2)) == hash((1, 2)))
d = {"a": 1, "b": 2}
d["c"] = 3; d.update({"d": 4}, e=5); d.update([("f", 6)]); print(d)
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 9), d.setdefault("g", 7), d)
print(d.pop("g"), d.pop("zz", "dflt"), d.popitem(), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
print(list(d.keys()), list(d.values()), list(d.items()), "a" in d, "z" not in d, len(d))
ks = d.keys(); d["new"] = 0; print(ks, len(ks), "new" in ks)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict(a=1, b=2), dict([(1, 2)]), dict({1: 2}, x=3), dict(zip("ab", [1, 2])))
e = d.copy(); e["a"] = 100; print(d["a"], e["a"], d == e, {1: 2} == {1: 2}, {1: 2, 3: 4} == {3: 4, 1: 2})
print({**d, "a": 0}, d | {"z": 26}, sorted(d), reversed(d) is not None, list(reversed(d)), list(reversed(d.items()))[:2])
d |= {"q": 1}; print(d)
del d["a"]; print(d)
try:
    del d["a"]
except KeyError as e:
    print("KeyError", e)
try:
    for k in d:
        d[k + "x"] = 1
except RuntimeError as e:
    print("RuntimeError", e)
print({1: "int", 1.0: "float", True: "bool"}, {(1, 2): "t"}[(1, 2)])
try:
    {[]: 1}
except TypeError as e:
    print("TypeError", e)
d2 = {}
for w in "the quick brown fox jumps over the lazy dog the end".split():
    d2[w] = d2.get(w, 0) + 1
print(d2, max(d2, key=d2.get))
print(d2.keys() & {"the", "fox", "cat"}, d2.items() - {("the", 3)} == set(d2.items()) - {("the", 3)})
print(repr({}), repr({"k": [1, {"n": None}]}), str({1: "1"}))
r = {}; r["self"] = r; print(r)
print(dict.__name__, type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__)
