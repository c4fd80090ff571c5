# set and frozenset: subclasses, recursive repr, keys whose __eq__ mutates or raises, big and shrinking sets
class R:
    def __hash__(self): return 1
    def __repr__(self): return repr(s2)
s2 = {R()}
print(s2)
class F(frozenset):
    pass
f = F([1, 2])
print(f, type(f), F(), hash(f) == hash(frozenset([1, 2])), type(f | {3}).__name__, type(f.copy()).__name__)
class S(set):
    def __init__(self, *a):
        super().__init__(*a)
x = S([1, 2])
x.__init__([5])
print(x, type(x.copy()).__name__, type(x & {1}).__name__)
try:
    set.add(frozenset(), 1)
except TypeError as e:
    print(e)
print(set.__hash__, frozenset.__doc__)
big = set(range(100000))
big.difference_update(range(0, 100000, 2))
print(len(big), list(big)[:5], big.__sizeof__())
s = set(range(10))
s.intersection_update(range(5), range(3, 8))
print(s)
a = {1, 2, 3}
print(a.__eq__([1]), a.__or__([1]), a.__sub__(1))
print(a == a, a.issubset(a), a.isdisjoint(a), set().isdisjoint(set()))
try:
    a |= [4]
except TypeError as e:
    print(e)
print({1, 2} <= frozenset([1, 2, 3]), frozenset([1]) < {1, 2})
try:
    {1} < [1]
except TypeError as e:
    print(e)
print(repr(set([1.5, 2.0, 2, True, 0, False, -0.0])))
print({(1, 2), (2, 1), ((1,), 2)})
e = {1, 2, 3}
it = iter(e)
print(next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(set.union({1}, {2}, [3]), frozenset.union(frozenset([1]), [2]))
print(sorted({'a': 1}.keys() | {'b'}))
print(set(x for x in range(5)), frozenset({x: 1 for x in 'ab'}))
try:
    frozenset([[]])
except TypeError as e:
    print(e)

print(len({i: 0 for i in range(50)}.keys() & set(range(25, 75))))
class Evil:
    def __init__(self, s, h): self.s, self.h = s, h
    def __hash__(self): return self.h
    def __eq__(self, other):
        self.s.clear()
        return False
s = set()
s.add(Evil(s, 1))
s.add(Evil(s, 1))
print(len(s))
t = set(range(20))
class Grow:
    def __hash__(self): return 3
    def __eq__(self, other):
        t.update(range(100, 200))
        return False
t.add(Grow())
print(len(t))
class Boom:
    def __hash__(self): return 5
    def __eq__(self, other): raise ValueError("boom")
u = {5}
try:
    u.add(Boom())
except ValueError as e:
    print("ValueError", e)
try:
    Boom() in u
except ValueError as e:
    print("ValueError", e)
print({-1, -2, 2**61 - 1, 2**61, -(2**61), 2**64, -(2**64), 1.0, 0.5, -0.5, 1e300, float("inf")})
print(len(set(range(1_000_00)) ^ set(range(50_000, 150_000))))
w = set(range(10))
for i in range(1000):
    w.add(i + 10)
    w.discard(i)
print(w, w.__sizeof__())
x = set(range(100))
while len(x) > 3:
    x.pop()
print(x)
print(frozenset(range(100)) == frozenset(range(99, -1, -1)), hash(frozenset(range(100))) == hash(frozenset(range(99, -1, -1))))
print(hash(frozenset([frozenset([1]), frozenset([2, 3])])))
