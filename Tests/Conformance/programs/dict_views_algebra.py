# dict views: keys/items set algebra with sets and other views, live updates, reversed, mapping, errors during iteration
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "z": 3, "w": 4}
ka, kb = a.keys(), b.keys()
print(sorted(ka & kb), sorted(ka | kb), sorted(ka - kb), sorted(ka ^ kb), sorted(ka & ["x", "q"]), sorted(["w", "x"] - ka))
print(sorted(a.items() & b.items()), sorted(a.items() - b.items()), sorted(a.items() | {("n", 0)}))
print(ka <= {"x", "y", "z", "q"}, ka < ka, ka == {"x", "y", "z"}, ka != kb, ka.isdisjoint({"q"}), a.items().isdisjoint(b.items()))
print(("y", 2) in a.items(), ("y", 20) in a.items(), ["y", 2] in a.items(), "x" in ka, 1 in a.values())
v = a.values(); k = a.keys(); it = a.items()
a["new"] = 9
print(list(k), list(v), list(it), len(k), list(reversed(k)), list(reversed(a.values())), list(reversed(a.items()))[0])
print(k.mapping is not None, dict(k.mapping) == a, type(k).__name__, type(v).__name__, type(it).__name__)
print(repr(k), repr(v), repr({}.items()))
print(a.values() == a.values(), {1: 2}.items() == {(1, 2)}, {1: [2]}.keys() == {1})
try:
    {1: [2]}.items() & {(1, 3)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    for key in a:
        a[key + "!"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for key in a:
        del a[key]
except RuntimeError as e:
    print(type(e).__name__, e)
d = dict.fromkeys("abc", 0)
for key in d:
    d[key] += 1  # changing values is allowed
print(d, dict.fromkeys([1, 2]), dict(zip("ab", range(2))), dict([("k", "v")], extra=1))
d1 = {"a": 1}; d1 |= {"b": 2}; d1 |= [("c", 3)]
print(d1, d1 | {"a": 0}, {"z": 1} | d1)
try:
    d1 | [("q", 1)]
except TypeError as e:
    print(type(e).__name__, e)
print(d1.setdefault("a", 5), d1.setdefault("n"), d1.pop("n"), d1.pop("missing", "dflt"), d1.popitem(), d1)
