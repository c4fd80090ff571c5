# list, tuple and dict methods and operations
l = [5, 3, 8, 1]
l.append(7); l.extend([2, 9]); l.insert(0, 0)
print(l, l.pop(), l.pop(0), l.index(8), l.count(3))
l.remove(3); l.sort(); print(l)
l.reverse(); print(l, l[1:3], l[::2], l.copy() == l, [1, 2] + [3], [0] * 3)
l[1:3] = ["a", "b", "c"]; print(l)
del l[0]; del l[::2]; print(l)
l.clear(); print(l, len(l))
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t + (4,), t * 2, t[1:], 2 in t, (1, 2) < (1, 3))
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, list(d.keys()), list(d.values()), list(d.items()), "a" in d, d.get("z", 0))
print(d.pop("a"), d.setdefault("d", 4), d.setdefault("b", 99), d)
d.update({"e": 5}, f=6); print(d, d.popitem(), len(d))
print(dict.fromkeys("xy", 0), dict(a=1), dict([("k", "v")]), {**d, "b": 0}, d | {"z": 26})
del d["b"]; print(d, sorted(d), list(reversed(d)))
nested = {"list": [1, 2], "tuple": (3,), "dict": {"x": None}}
print(nested, nested["list"][1], nested["dict"]["x"])
for bad in ["[].pop()", "[1].remove(2)", "{}['k']", "(1,).index(5)", "[3, 'a'].sort()", "{}.popitem()"]:
    try:
        eval(bad)
    except (TypeError, ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
