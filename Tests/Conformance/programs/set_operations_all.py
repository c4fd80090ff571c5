# set and frozenset: methods, operators, in-place forms, comparisons, and errors with non-sets
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a.union([9]), a.intersection(b, {4}), a.difference([1], [2]), a.symmetric_difference("x") == a | {"x"})
print(a <= b, {3} <= b, {3} < b, b >= {5}, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}), a.isdisjoint(b))
c = set(a)
c |= {10}; c &= set([1, 2, 10, 11]); c -= {2}; c ^= {1, 99}
print(c)
c.add(5); c.discard(5); c.discard(123); c.update([6], (7,)); c.intersection_update(range(8)); print(c)
c.difference_update({6}); c.symmetric_difference_update({0}); print(c)
print(c.pop() in {0, 7}, len(c), c.copy() == c)
c.clear(); print(c, set(), frozenset())
fs = frozenset([1, 2])
print(fs | {3}, type(fs | {3}).__name__, type({3} | fs).__name__, fs & {2}, hash(fs) == hash(frozenset([2, 1])))
print({frozenset([1]): "key"}, {fs, frozenset([2, 1])}, fs.union(), fs.copy() is fs)

def attempt(f, *args):
    try:
        print(f(*args))
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)

attempt(set().pop)
attempt(set().remove, 1)
attempt(lambda: {1} | [2])
attempt(lambda: {1} < [1])
attempt(set, 5)
attempt(lambda: {[]})
attempt(set().add, {})
attempt(lambda: fs.add(1))
attempt(set().update, 5)
attempt(set().issubset, 5)
print({1, 2} == frozenset([1, 2]), {1} != {1.0}, set("aab") == {"a", "b"}, {1, 2}.union({2: "x"}))
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted(s)[:3], len(s) > 3)
