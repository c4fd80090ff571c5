# str's operations give exact str results for a subclass receiver, also when
# nothing changed (CPython's unicode_result_unchanged); other builtins' already do.
class M(str): pass
s = M("abc")
for v in [str(s), s.__str__(), "%s" % s, f"{s}", format(s), s + "", s[:], s.strip(), "".join([s]), s * 1, s.replace("x", "y"), repr(s)]:
    print(type(v).__name__, end=" ")
print()
class I(int): pass
i = I(5)
for v in [int(i), i.__int__(), +i, i.__index__(), abs(i), i * 1, round(i), i.real, i.numerator, str(i), float(i)]:
    print(type(v).__name__, end=" ")
print()
class F(float): pass
f = F(1.5)
for v in [float(f), f.__float__(), +f, abs(f), f.real, round(f, 1), f.conjugate()]:
    print(type(v).__name__, end=" ")
print()
class T(tuple): pass
t = T((1, 2))
for v in [tuple(t), t[:], t + (), t * 1]:
    print(type(v).__name__, end=" ")
print()
class B(bytes): pass
b = B(b"ab")
for v in [bytes(b), b[:], b + b"", b * 1, b.__bytes__() if hasattr(b, '__bytes__') else None]:
    print(type(v).__name__, end=" ")
print()
class Mad(str):
    def __str__(self):
        return "mad"
m = Mad("xyz")
print(str(m), type(str.__str__(m)).__name__, m.partition("q")[0], type(m.center(2)).__name__, type(m.zfill(1)).__name__)
print(type(m.ljust(0)).__name__, type(m.expandtabs()).__name__, type(m.lower()).__name__, type(m.title().swapcase()).__name__)
print(type(m.translate({})).__name__, type(m.removeprefix("q")).__name__, type(m.casefold()).__name__)
