# operator dunders: binary, reflected, in-place, unary, comparisons, NotImplemented fallback and TypeErrors
class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f"V{self.c}"
    def __add__(self, o):
        if isinstance(o, V): return V(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)): return V(*(a + o for a in self.c))
        return NotImplemented
    def __radd__(self, o):
        print("radd", o); return self + o
    def __sub__(self, o): return V(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k): return V(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __truediv__(self, k): return V(*(a / k for a in self.c))
    def __floordiv__(self, k): return V(*(a // k for a in self.c))
    def __mod__(self, k): return V(*(a % k for a in self.c))
    def __pow__(self, k): return V(*(a ** k for a in self.c))
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __neg__(self): return V(*(-a for a in self.c))
    def __pos__(self): return self
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __invert__(self): return V(*reversed(self.c))
    def __lshift__(self, n): return V(*(self.c[n:] + self.c[:n]))
    def __rshift__(self, n): return self << (len(self.c) - n)
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __rand__(self, o): return "rand"
    def __ror__(self, o): return "ror"
    def __rxor__(self, o): return "rxor"
    def __rsub__(self, o): return "rsub"
    def __rtruediv__(self, o): return "rtruediv"
    def __rfloordiv__(self, o): return "rfloordiv"
    def __rmod__(self, o): return "rmod"
    def __rpow__(self, o): return "rpow"
    def __rmatmul__(self, o): return "rmatmul"
    def __rlshift__(self, o): return "rlshift"
    def __rrshift__(self, o): return "rrshift"
a, b = V(1, 2, 3), V(4, 5, 6)
print(a + b, a + 1, 1 + a, a - b, a * 2, 3 * a, a / 2, a // 2, a % 2, a ** 2, a @ b, -a, +a, abs(V(3, 4)), ~a, a << 1, a >> 1)
print(a & 1, 1 & a, a | 1, 1 | a, a ^ 1, 1 ^ a, 1 - a, 1 / a, 1 // a, 1 % a, 2 ** a, 1 @ a, 1 << a, 1 >> a)
print(sum([a, b], V(0, 0, 0)), sum([a, b]) if False else "")
class I:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): self.v += o; return self
    def __isub__(self, o): self.v -= o; return self
    def __imul__(self, o): self.v *= o; return self
    def __ior__(self, o): self.v |= o; return self
    def __repr__(self): return f"I({self.v})"
x = I(1); y = x; x += 5; x -= 1; x *= 3; x |= 16; print(x, y, x is y)
class NoI:
    def __init__(self, v): self.v = v
    def __add__(self, o): return NoI(self.v + o)
    def __repr__(self): return f"NoI({self.v})"
p = NoI(1); q = p; p += 1; print(p, q, p is q)
for expr in [lambda: a + "s", lambda: "s" + a if False else object() + 1, lambda: [] - [], lambda: 1 < "a", lambda: None > None, lambda: {} < {}, lambda: -"x", lambda: ~1.5, lambda: a < b, lambda: 1 @ 2]:
    try:
        print(expr())
    except TypeError as e:
        print("TypeError", e)
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): print("eq", self.v, getattr(o, "v", o)); return isinstance(o, Cmp) and self.v == o.v
    def __lt__(self, o): print("lt", self.v, o.v); return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __gt__(self, o): print("gt", self.v, o.v); return self.v > o.v
    __hash__ = None
print(Cmp(1) == Cmp(1), Cmp(1) != Cmp(2), Cmp(1) < Cmp(2), Cmp(3) > Cmp(2), Cmp(1) <= Cmp(1), Cmp(2) >= Cmp(1))
print(Cmp(1) == 5, 5 == Cmp(1), Cmp(1) in [Cmp(0), Cmp(1)])
try:
    hash(Cmp(1))
except TypeError as e:
    print("TypeError", e)
print(sorted([Cmp(3), Cmp(1), Cmp(2)], key=lambda c: c.v)[0].v, 1 < 2 < 3, 1 < 3 < 2, (1 == 1) is True)
class Sub(V):
    def __radd__(self, o): return "Sub.radd first"
print(V(1) + Sub(2))
