# _collections.defaultdict: grouping, counting, nested factories, __missing__ only on [], default_factory None, repr and copy
from _collections import defaultdict
words = "the quick brown fox jumps over the lazy dog the end".split()
groups = defaultdict(list)
for w in words: groups[len(w)].append(w)
print(sorted(groups.items()))
counts = defaultdict(int)
for w in words: counts[w] += 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
tree = lambda: defaultdict(tree)
t = tree(); t["a"]["b"]["c"] = 1; t["a"]["x"] = 2
def plain(d): return {k: plain(v) if isinstance(v, defaultdict) else v for k, v in d.items()}
print(plain(t))
d = defaultdict(lambda: "dflt", {"k": "v"})
print(d["k"], d["missing"], d.get("other"), "other" in d, sorted(d))
n = defaultdict(None, a=1)
try:
    n["b"]
except KeyError as e:
    print(type(e).__name__, e)
print(n.default_factory, defaultdict(list).default_factory, repr(defaultdict(int, {1: 2})))
c = defaultdict(set); c["x"].add(1); cc = c.copy(); cc["x"].add(2); cc["y"]
print(sorted(c.items()), sorted(cc), type(cc).__name__, cc.default_factory is set)
print(isinstance(c, dict), defaultdict(int) == {}, defaultdict(int, a=1) | {"b": 2}, type(defaultdict(int) | {}).__name__)
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)
class Counting(defaultdict):
    def __missing__(self, key):
        value = super().__missing__(key)
        print("missing", key)
        return value
cd = Counting(int); cd["q"] += 5; cd["q"] += 1; print(dict(cd))
adj = defaultdict(list)
for a, b in [(1, 2), (1, 3), (2, 3), (3, 1)]: adj[a].append(b)
print(dict(adj), adj.pop(1), len(adj), adj.setdefault(9, ["s"]))
