# set and frozenset algebra: operators vs methods with iterables, in-place forms, comparisons, mixed types, hashing
s = {1, 2, 3, 4}
f = frozenset({3, 4, 5})
print(s | f, s & f, s - f, s ^ f, type(s | f).__name__, type(f | s).__name__, type(f - s).__name__)
print(s.union([9], (8,)), s.intersection(range(3), [2, 1]), s.difference("ab", [1]), s.symmetric_difference([4, 10]))
print(s.issubset(range(10)), s.issuperset([1, 2]), s.isdisjoint(iter([7, 8])), f.issubset(s), s <= s, s < s, f > {3})
for op in ["|", "&", "-", "^"]:
    try:
        eval(f"s {op} [1]")
    except TypeError as e:
        print(type(e).__name__, e)
t = set(s)
t |= {10}; t &= {1, 2, 10, 11}; t -= {1}; t ^= {2, 12}
print(t)
t.update([1], "a"); t.intersection_update([1, "a", 99], [1, "a"]); print(sorted(t, key=str))
t.difference_update([1]); t.symmetric_difference_update(["a", "b"]); print(t)
print({1, 2} == frozenset({1, 2}), hash(frozenset({1, 2})) == hash(frozenset({2, 1})), {frozenset({1}): "x"}[frozenset([1])])
print(set() == frozenset(), {1} < frozenset({1, 2}), set("abc") == set("cba"), 1.0 in {1}, True in {1}, {1, 1.0, True})
print(frozenset() is frozenset(), len({i % 5 for i in range(100)}), sorted({-1, -2} | {0}))
print(s.pop() in {1, 2, 3, 4}, len(s), s.discard(99), s.copy() == s, s.copy() is s, f.copy() is f)
for fn in [lambda: s.remove(99), lambda: set().pop(), lambda: {[]}, lambda: s.add({}), lambda: frozenset([[]]), lambda: s < [1],
           lambda: hash(set())]:
    try:
        print(fn())
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v % 3
    def __eq__(self, o): return isinstance(o, H) and o.v == self.v
    def __repr__(self): return f"H{self.v}"
hs = {H(1), H(4), H(1), H(7)}
print(len(hs), H(4) in hs, H(10) in hs, sorted(hs, key=lambda h: h.v))
