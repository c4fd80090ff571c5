# dict methods: get, setdefault, pop, popitem, update forms, fromkeys, copy, clear, views and | operators
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 99), d)
print(d.pop("b"), d.pop("zz", "default"), d.popitem(), d)
d.update({"x": 1}, y=2); d.update([("z", 3)]); d.update(w=4); d.update()
print(d)
print(dict.fromkeys("abc"), dict.fromkeys(["k1", "k2"], []), dict.fromkeys(range(3), 0))
e = d.copy(); e["new"] = 1; d.clear()
print(d, e)
f = {"a": 1} | {"b": 2, "a": 3}
f |= {"c": 4}
f |= [("d", 5)]
print(f, list(f.keys()), list(f.values()), list(f.items()))
print(dict(a=1, b=2), dict([("x", 1)], y=2), dict({"k": "v"}), dict(zip("ab", "xy")), dict())
print({1: "a"} == {1: "a"}, {1: "a"} == {1: "b"}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, list(reversed({1: 0, 2: 0})))

def attempt(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)

attempt({}.pop, "k")
attempt({}.popitem)
attempt({}.update, 5)
attempt({}.update, [1, 2])
attempt({}.update, [(1, 2, 3)])
attempt({}.update, {}, {})
attempt(dict, [1])
attempt(dict, 1, 2)
attempt({}.get)
attempt(dict.fromkeys)
attempt(lambda: {} | [])
attempt(lambda: {[]: 1})
attempt({}.setdefault, [], 1)
g = {}
g[1] = g.get(1, 0) + 1
g[1] = g.get(1, 0) + 1
print(g, 1 in g, 2 not in g, len(g), bool({}), bool(g))

class Keys:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k * 2
print(dict(Keys()), {**Keys()})
