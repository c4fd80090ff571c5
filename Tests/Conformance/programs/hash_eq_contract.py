# hashing: equal numbers hash equal across int/float/complex/bool, tuple and frozenset hashes, __hash__ = None, custom __eq__ without __hash__
print(hash(1) == hash(1.0) == hash(True) == hash(1 + 0j), hash(0) == hash(-0.0) == hash(False), hash(2**61 - 1), hash(2**61), hash(-1), hash(-2))
print(hash(0.5), hash(1.5), hash(-0.5), hash(float("inf")), hash(float("-inf")), hash(1e100) == hash(int(1e100)), hash(10**20))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1,)) != hash(1), hash(frozenset()) == hash(frozenset([])))
print(hash(frozenset({1, 2, 3})) == hash(frozenset({3, 2, 1})), hash(None) == hash(None), hash("") == 0, hash(b"") == 0)
d = {1: "int"}; d[1.0] = "float"; d[True] = "bool"; print(d)
s = {0, 0.0, False, -0.0, 0j}; print(s)
class NoHash:
    def __eq__(self, o): return True
print(NoHash.__hash__, "__hash__" in NoHash.__dict__)
for bad in [lambda: hash(NoHash()), lambda: {NoHash()}, lambda: hash([]), lambda: hash({}), lambda: hash((1, [2])), lambda: {{1}: 2}]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
class Both:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Both) and self.k == o.k
    def __hash__(self): return hash(self.k)
print(len({Both(1), Both(1), Both(2)}), Both(1) in {Both(1)}, {Both("a"): 1}[Both("a")])
class Inherit(Both): pass
print(Inherit.__hash__ is Both.__hash__, hash(Inherit(3)) == hash(3))
class Override(Both):
    def __eq__(self, o): return False
print(Override.__hash__)
class BadHash:
    def __hash__(self): return "x"
class BigHash:
    def __hash__(self): return 2**70
for bad in [lambda: hash(BadHash())]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(hash(BigHash()) == hash(2**70), hash(BigHash()) < 2**61)
class MinusOne:
    def __hash__(self): return -1
print(hash(MinusOne()))
print(hash(2**64) == hash(float(2**64)), hash(-(2**64)), hash(3.0) == 3, hash(complex(2, 0)) == 2, hash(1j) == hash(complex(0, 1)))
