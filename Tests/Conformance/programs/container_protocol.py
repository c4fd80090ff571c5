# container protocols: __len__, __getitem__, __setitem__, __delitem__, __iter__, __next__, __contains__, __reversed__, __bool__, __missing__
class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if isinstance(i, slice): return ("slice", i.start, i.stop, i.step, i.indices(self.n))
        if i < 0: i += self.n
        if not 0 <= i < self.n: raise IndexError("Seq index")
        return i * 10
s = Seq(4)
print(len(s), s[1], s[-1], s[1:3], s[::2], s[:], bool(s), bool(Seq(0)))
try:
    s[9]
except IndexError as e:
    print("IndexError", e)
class Map:
    def __init__(self): self.d = {}
    def __getitem__(self, k): print("get", k); return self.d[k]
    def __setitem__(self, k, v): print("set", k, v); self.d[k] = v
    def __delitem__(self, k): print("del", k); del self.d[k]
    def __contains__(self, k): print("contains", k); return k in self.d
    def __iter__(self): return iter(sorted(self.d))
    def __len__(self): return len(self.d)
m = Map(); m["a"] = 1; m["b"] = 2; m["a"] += 10; print(m["a"], "a" in m, "z" not in m, list(m), len(m))
del m["b"]; print(list(m))
m[1, 2] = "tuple key"; print(m[1, 2])
class It:
    def __init__(self, n): self.i = 0; self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1; return self.i
it = It(3); print(list(it), list(it), next(It(1)), next(iter([]), "default"))
try:
    next(It(0))
except StopIteration as e:
    print("StopIteration", repr(e))
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
    def __reversed__(self): return iter("REV")
print(list(reversed(Rev())))
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class L:
    def __len__(self): return 0
print(bool(B(True)), bool(B(False)), not B(False), bool(L()), "yes" if L() else "no", B(True) and "and", L() or "or")
try:
    bool(B(1))
except TypeError as e:
    print("TypeError", e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError", e)
try:
    len(5)
except TypeError as e:
    print("TypeError", e)
try:
    5 in 6
except TypeError as e:
    print("TypeError", e)
