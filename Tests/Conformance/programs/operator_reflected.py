# binary operators: reflected methods, NotImplemented fallbacks, subclass priority and in-place fallbacks
class Meters:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"{self.v}m"
    def __add__(self, other):
        print("  Meters.__add__")
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        return NotImplemented
    def __radd__(self, other):
        print("  Meters.__radd__")
        return self.__add__(other)
    def __mul__(self, k):
        return Meters(self.v * k) if isinstance(k, (int, float)) else NotImplemented
    __rmul__ = __mul__
    def __sub__(self, other):
        return NotImplemented
    def __rsub__(self, other):
        return f"rsub({other!r}, {self!r})"
    def __eq__(self, other):
        print("  Meters.__eq__")
        return isinstance(other, Meters) and self.v == other.v
    def __lt__(self, other):
        return self.v < other.v

class Kilometers(Meters):
    def __radd__(self, other):
        print("  Kilometers.__radd__ (subclass first)")
        return Meters(other.v + self.v * 1000)

print(Meters(1) + Meters(2), Meters(1) + 5, 5 + Meters(1), 2 * Meters(3), Meters(3) * 2.5)
print(Meters(1) + Kilometers(1))
print(Meters(4) - Meters(1), 7 - Meters(2))
print(Meters(1) == Meters(1), Meters(1) != Meters(2), Meters(1) == 1)
print(sorted([Meters(3), Meters(1)]), Meters(1) > Meters(0))

def attempt(f):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)

attempt(lambda: Meters(1) + "x")
attempt(lambda: "x" + Meters(1))
attempt(lambda: Meters(1) * Meters(2))
attempt(lambda: Meters(1) / 2)
attempt(lambda: Meters(1) < 3)
attempt(lambda: Meters(1) @ Meters(1))
attempt(lambda: -Meters(1))

m = Meters(10)
m += 5
print(m)
class OnlyIadd:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
o = OnlyIadd()
alias = o
o += 1
o += 2
print(o is alias, o.items)
attempt(lambda: OnlyIadd() + 1)
class BadIadd:
    def __iadd__(self, other):
        return NotImplemented
    def __add__(self, other):
        return "fell back to __add__"
b = BadIadd()
b += 1
print(b)
print(1 + 2j, 2j + 1, [1] + [2], (1,) + (2,), "a" * 3, 3 * "a", 2 ** Meters(1) if False else "")
