# a Vector class with full arithmetic dunders: reflected, in-place, comparisons, unary, abs, bool, len, iter, format, NotImplemented fallbacks
import math
class Vector:
    def __init__(self, *c): self.c = tuple(c)
    def __repr__(self): return f"Vector{self.c}"
    def __format__(self, spec): return "<" + ", ".join(format(x, spec) for x in self.c) + ">"
    def __len__(self): return len(self.c)
    def __iter__(self): return iter(self.c)
    def __getitem__(self, i): return self.c[i]
    def __bool__(self): return any(self.c)
    def __abs__(self): return math.sqrt(sum(x * x for x in self.c))
    def __neg__(self): return Vector(*(-x for x in self.c))
    def __pos__(self): return self
    def _zip(self, o):
        if not isinstance(o, Vector) or len(o) != len(self): return None
        return zip(self.c, o.c)
    def __add__(self, o):
        z = self._zip(o)
        return NotImplemented if z is None else Vector(*(a + b for a, b in z))
    __radd__ = __add__
    def __sub__(self, o):
        z = self._zip(o)
        return NotImplemented if z is None else Vector(*(a - b for a, b in z))
    def __mul__(self, k):
        if isinstance(k, (int, float)): return Vector(*(x * k for x in self.c))
        if isinstance(k, Vector): return sum(a * b for a, b in zip(self.c, k.c))
        return NotImplemented
    def __rmul__(self, k): return self * k
    def __matmul__(self, o): return self * o
    def __truediv__(self, k): return Vector(*(x / k for x in self.c))
    def __iadd__(self, o):
        print("iadd in place"); self.c = (self + o).c; return self
    def __eq__(self, o): return isinstance(o, Vector) and self.c == o.c
    def __lt__(self, o): return abs(self) < abs(o)
    def __hash__(self): return hash(self.c)
v, w = Vector(3, 4), Vector(1, 2)
print(v + w, v - w, v * 2, 2 * v, v * w, v @ w, v / 2, -v, +v, abs(v), bool(Vector(0, 0)), len(v), list(v), v[1])
print(f"{v:.2f}", format(w, "03d"), sorted([v, w, Vector(0, 1)]), v > w, w < v, max(v, w), v == Vector(3, 4), v != w)
u = v; u += w; print(u, v, u is v)
print({v: "a"}[Vector(4, 6)], sum([v, w], Vector(0, 0)), Vector(1) * 1.5)
for bad in [lambda: v + 1, lambda: v - Vector(1), lambda: "s" * v, lambda: v / "x", lambda: v <= w, lambda: v ** 2]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
x, y = v; print(x, y, *w, [*v, *w], dict(zip("ab", v)))
