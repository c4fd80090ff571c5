# _collections.defaultdict (__missing__, default_factory, repr, copy, |, reduction, subclasses, dict behaviour), _count_elements, _tuplegetter as namedtuple's field descriptor
from _collections import defaultdict, _count_elements, _tuplegetter

d = defaultdict(list)
for word in "the quick brown fox jumps over the lazy dog".split():
    d[word[0]].append(word)
print(d, len(d), d["t"], "z" in d, d.get("z"), sorted(d))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, dict(counts), counts == {"m": 1, "i": 4, "s": 4, "p": 2})
n = defaultdict(); print(n, n.default_factory)
try:
    n["missing"]
except KeyError as e:
    print("KeyError", e, e.args)
x = defaultdict(lambda: "dflt", a=1); print(x["b"], dict(x), x.pop("a"), dict(x), repr(x)[:22])
x.default_factory = set; print(x["c"], type(x["c"]).__name__); x.default_factory = None
try:
    x["q"]
except KeyError as e:
    print("KeyError", e)
c = defaultdict(list, {1: [2]}); c2 = c.copy(); c3 = c.__copy__(); c2[3].append(4); print(c, c2, c3, c2.default_factory, c3[1] is c[1])
r = c.__reduce__(); print(r[0].__name__, r[1], r[2], r[3], list(r[4]))
print(defaultdict(None, {1: 2}).__reduce__()[1], defaultdict(int, {1: 2}) | {3: 4}, {0: 1} | defaultdict(int, {3: 4}))
u = defaultdict(int, {1: 1}); u |= {2: 2}; print(u, type(u).__name__); u.update(z=3); print(u)
print(defaultdict(list, [(1, 2)], k=3), defaultdict.fromkeys("ab"), type(defaultdict.fromkeys("a")).__name__)
rec = defaultdict(None); rec[0] = rec; print(rec)
loop = defaultdict(lambda: 0); loop.default_factory = loop; print(repr(loop)[:30])
class Counter(defaultdict):
    def __init__(self, *args):
        super().__init__(int, *args)
    def most(self):
        return max(self.items(), key=lambda kv: kv[1])
cc = Counter({"a": 2}); cc["b"] += 5; print(cc, cc.most(), type(cc.copy()).__name__, isinstance(cc, dict))
class Tagged(defaultdict):
    pass
t = Tagged(list); t.attr = 1; t[1].append(1); print(t, t.__reduce__()[0].__name__, t.copy(), t.attr)
print(defaultdict[int], defaultdict.__missing__.__doc__.splitlines()[0], defaultdict.__mro__)
print(defaultdict(int).__missing__("k"), defaultdict(list) == {}, defaultdict(int, {1: 2}) == defaultdict(list, {1: 2}))
mapping = {}; _count_elements(mapping, "abracadabra"); print(mapping)
class Recorder(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
rc = Recorder(); _count_elements(rc, "aab"); print(rc)
dd = defaultdict(int); _count_elements(dd, [1, 1, 2]); print(dd)
class Point(tuple):
    x = _tuplegetter(0, "Alias for field number 0")
    y = _tuplegetter(1, None)
p = Point((3, 4)); print(p.x, p.y, Point.x.__doc__, Point.y.__doc__, repr(Point.x), type(Point.__dict__["x"]).__name__)
Point.__dict__["y"].__doc__ = "changed"; print(Point.y.__doc__, Point.x.__reduce__())
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
short = Point((1,))
try:
    short.y
except IndexError as e:
    print("IndexError", e)
