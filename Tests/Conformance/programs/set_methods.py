# set and frozenset methods with small ints (order fixed by value)
a = {1, 2, 3, 4}; b = {3, 4, 5, 6}
print(a | b, a & b, a - b, a ^ b, a.union(b, [7]), a.intersection(b, {4}), a.difference(b, {1}), a.symmetric_difference(b))
print(a <= b, a < a, {1} < a, a >= {1, 2}, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({9}), a == {4, 3, 2, 1})
c = set(a); c.add(10); c.discard(1); c.discard(99); c.remove(2); print(c)
try:
    c.remove(99)
except KeyError as e:
    print("KeyError", e)
print(c.pop(), c)
c.update([20, 21], {22}); c.intersection_update(range(15, 30)); print(c)
c.difference_update({20}); c.symmetric_difference_update({21, 30}); print(c)
c.clear(); print(c, set(), frozenset(), len(c))
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
f = frozenset([1, 2, 3])
print(f, f | {4}, type(f | {4}).__name__, type({4} | f).__name__, f.copy() is f, hash(f) == hash(frozenset([3, 2, 1])), {f: "x"}[frozenset({1, 2, 3})])
try:
    f.add(1)
except AttributeError as e:
    print("AttributeError", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError", e)
s = {1, 2}; s |= {3}; s &= {1, 3, 5}; s -= {5}; s ^= {7}; print(s)
print(sorted({5, 1, 3}), 1 in f, 9 not in f, set("aaa") == {"a"}, set(range(5)), {x % 3 for x in range(10)})
print(set([1, 2]) == frozenset([1, 2]), {1, 2} in [frozenset({1, 2})], repr(set()), repr(frozenset()), repr({frozenset({1})}))
try:
    a < [1]
except TypeError as e:
    print("TypeError", e)
try:
    a | [1]
except TypeError as e:
    print("TypeError", e)
print(min({4, 2, 8}), max(frozenset([4, 2, 8])), sum({1, 2, 3}), len({1, 1.0, True}))
