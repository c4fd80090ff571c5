# format() and __format__: default specs, user classes, f-string conversions, and errors
print(format(3.14159, ".2f"), format(42), format("x", ">5"), format(42, ""), format(None), format([1, 2]))
print(format(1234567, ","), format(0.5, "%"), format(12, "+05d"), format("abc", "^9s"))

class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        return format(self.c, spec) + "°C"
    def __str__(self):
        return "Temp"
    def __repr__(self):
        return "Temp(%r)" % self.c

t = Temp(21.5)
print(format(t, ".1f"), format(t, ".0F"), f"{t}", f"{t:>8.2f}", f"{t!s}", f"{t!r:>12}")
print("{0:.1F} and {0}".format(t))
width = 7
print(f"{3.5:{width}.{2}f}|{'left':<{width}}|")

class NoFormat:
    pass
nf = NoFormat()
print(format(nf, "") == str(nf))
try:
    format(NoFormat(), "x")
except TypeError as e:
    print(type(e).__name__, e)

class BadFormat:
    def __format__(self, spec):
        return 5
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)

for value, spec in [(1, "s"), ("s", "d"), (1.5, "d"), (1, "z"), (1, ".2"), ("a", "+"), (3, ",x")]:
    try:
        print(format(value, spec))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    format(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

class IntSub(int):
    def __format__(self, spec):
        return "IntSub:" + super().__format__(spec)
print(format(IntSub(7), "03d"), f"{IntSub(8):x}")
print(type(t).__format__ is Temp.__format__, object.__format__(1, ""))
