# emulating containers: __getitem__ with slices and negative indices, __setitem__/__delitem__, __contains__, __iter__ vs __getitem__ fallback, __reversed__, __length_hint__
class Ring:
    def __init__(self, items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Ring(self.items[i])
        if not isinstance(i, int): raise TypeError(f"ring indices must be integers, not {type(i).__name__}")
        return self.items[i % len(self.items)]
    def __setitem__(self, i, v): self.items[i % len(self.items)] = v
    def __delitem__(self, i): del self.items[i % len(self.items)]
    def __contains__(self, v): print("contains", v); return v in self.items
    def __repr__(self): return f"Ring({self.items})"
    def __reversed__(self): return iter(self.items[::-1])
r = Ring("abcd")
print(r[0], r[5], r[-1], r[1:3], r[::-1], len(r), "c" in r, "z" in r)
r[6] = "C"; del r[4]; print(r, list(reversed(r)))
try:
    r["x"]
except TypeError as e:
    print(type(e).__name__, e)
class OldSeq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(OldSeq()), 20 in OldSeq(), 5 in OldSeq(), [x for x in OldSeq()], tuple(OldSeq()), sorted(OldSeq(), reverse=True))
class Hinted:
    def __iter__(self): return iter([1, 2])
    def __length_hint__(self): return 2
import _operator
print(list(Hinted()), _operator.length_hint(Hinted()), _operator.length_hint([], 5), _operator.length_hint(object(), 7))
class Grid:
    def __init__(self): self.cells = {}
    def __getitem__(self, key):
        r, c = key
        return self.cells.get((r, c), ".")
    def __setitem__(self, key, v): self.cells[key] = v
    def __missing__(self, k): return "never"
g = Grid(); g[1, 2] = "#"; g[0, 0] = "@"
print("\n".join("".join(g[r, c] for c in range(3)) for r in range(2)))
class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError as e:
    print(type(e).__name__, e)
class NoContains:
    def __iter__(self): return iter([1, 2])
    __contains__ = None
try:
    1 in NoContains()
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self): return -1
class BigLen:
    def __len__(self): return 2**70
for obj in [BadLen(), BigLen()]:
    try:
        len(obj)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
