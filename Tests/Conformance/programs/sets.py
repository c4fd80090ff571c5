# set and frozenset: displays, comprehensions, methods, operators, order of iteration
words = ["apple", "banana", "cherry", "date", "elder", "fig", "grape"]
s = {w for w in words}
print(s, len(s), "fig" in s, "kiwi" not in s)
print({n * n % 17 for n in range(40)})
print({*range(5), *"xy", 99})
t = set(range(30))
for n in range(0, 30, 4):
    t.discard(n)
t.update(range(100, 120))
print(t)
print(sorted(t - set(range(10))), t.pop(), t.pop())
a, b = {1, 2, 3, "x"}, frozenset({3, "x", 4})
print(a | b, a & b, a - b, a ^ b, b | a, b - a)
print(a <= a | b, a < a, b >= {4}, a == {1, 2, 3, "x"}, a != b)
print(a.union([7], (8,)), a.intersection("x3"), a.difference(range(2)), a.symmetric_difference([1, 9]))
print(a.issubset(range(10)), a.isdisjoint([5, 6]), b.issuperset([3]))
f = frozenset(words)
print(f, hash(f) == hash(frozenset(words[::-1])), frozenset(f) is f)
print({frozenset({1, 2}): "pair"}, {1, 2} in {frozenset({1, 2})})
c = {1, 2, 3}
c |= {4}
c &= {2, 3, 4, 5}
c -= {3}
c ^= {9, 2}
print(c)
for bad in [lambda: {1} | [2], lambda: set().pop(), lambda: {1}.remove(2), lambda: hash({1}), lambda: {[]}]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
try:
    for x in c:
        c.add(x + 100)
except RuntimeError as e:
    print(e)
class Tagged(set):
    pass
print(Tagged("ab") == {"a", "b"}, repr(Tagged()), type(Tagged([1]) | {2}).__name__)
d = {"a": 1, "b": 2, "c": 3}
print(set(d), set(d.items()), set(d.values()))
keyed = {f"key{i}": i for i in range(30)}
print({*keyed}, {*set(keyed), *frozenset(["extra"])})
