# complex: literals, construction from numbers, repr/str, parts, hash, bool, subclasses
inf = float("inf")
nan = float("nan")


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


values = [1j, 2.5e3J, 0j, -0j, 1e16j, 1e-5j, 0.1j, 1 + 2j, 3 - 4j, -(1 + 2j), -1j, 1e300 * 1e10j,
          complex(-0.0, -1), complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0), complex(nan, inf),
          complex(-inf, nan), complex(nan, -nan), complex(1e300, -1e-300), complex(1e-5, 1), complex(123456789.25, 1e22),
          complex(5e-324, -5e-324), complex(2.0 ** 0.5, 1 / 3)]
for v in values:
    print(repr(v), str(v), v.real, v.imag, bool(v), v.conjugate(), v.__getnewargs__(), type(v.real).__name__)
    if v == v:
        print("  hash", hash(v), hash(v) == hash(complex(v.real, v.imag)))

print(hash(1 + 0j) == hash(1), hash(1.5 + 0j) == hash(1.5), hash(complex(-1, 0)), hash(complex(0, -1)), hash(complex(2 ** 70, 3)))
print({1: "a", 1 + 0j: "b", 1.0: "c"}, {0j, 0, 0.0, False}, len({1j, complex(0, 1), 1j + 0}))
n = complex(nan, 1)
print(hash(n) == hash(n), n == n, n != n, [n] == [n], n in [n])

# the constructor
show("complex()", lambda: complex())
show("complex(1)", lambda: complex(1))
show("complex(1, 2)", lambda: complex(1, 2))
show("complex(1.5, -2.5)", lambda: complex(1.5, -2.5))
show("complex(True, False)", lambda: complex(True, False))
show("complex(1, -0.0)", lambda: complex(1, -0.0))
show("complex(-0.0, 0)", lambda: complex(-0.0, 0))
show("complex(1j, 1j)", lambda: complex(1j, 1j))
show("complex(1+1j, 2+2j)", lambda: complex(1 + 1j, 2 + 2j))
show("complex(1j, -0.0)", lambda: complex(complex(0.0, -0.0), -0.0))
show("complex(real=1, imag=2)", lambda: complex(real=1, imag=2))
show("complex(imag=3)", lambda: complex(imag=3))
show("complex(2**53 + 1)", lambda: complex(2 ** 53 + 1))
show("complex(10**400)", lambda: complex(10 ** 400))
show("complex(1, 10**400)", lambda: complex(1, 10 ** 400))
show("complex(1, 2, 3)", lambda: complex(1, 2, 3))
show("complex(x=1)", lambda: complex(x=1))
show("complex(1, real=2)", lambda: complex(1, real=2))
show("complex('1', 2)", lambda: complex("1", 2))
show("complex(1, '2')", lambda: complex(1, "2"))
show("complex(b'1')", lambda: complex(b"1"))
show("complex(None)", lambda: complex(None))
show("complex(1, None)", lambda: complex(1, None))
show("complex([])", lambda: complex([]))
x = 2 + 3j
print(complex(x) is x, type(complex(x)).__name__, complex(x) == x)


class WithComplex:
    def __complex__(self):
        return 3 + 4j


class WithFloat:
    def __float__(self):
        return 2.5


class WithIndex:
    def __index__(self):
        return 7


class BadComplex:
    def __complex__(self):
        return 5


class BadFloat:
    def __float__(self):
        return 5


class FloatingComplex:
    def __complex__(self):
        raise ValueError("from __complex__")


show("complex(WithComplex())", lambda: complex(WithComplex()))
show("complex(WithComplex(), 1)", lambda: complex(WithComplex(), 1))
show("complex(1, WithComplex())", lambda: complex(1, WithComplex()))
show("complex(WithFloat())", lambda: complex(WithFloat()))
show("complex(WithIndex())", lambda: complex(WithIndex()))
show("complex(WithFloat(), WithIndex())", lambda: complex(WithFloat(), WithIndex()))
show("complex(BadComplex())", lambda: complex(BadComplex()))
show("complex(BadFloat())", lambda: complex(BadFloat()))
show("complex(FloatingComplex())", lambda: complex(FloatingComplex()))


# subclasses
class C(complex):
    pass


c = C(1, 2)
print(type(c).__name__, c, repr(c), c + 1, type(c + 1).__name__, type(+c).__name__, type(-c).__name__)
print(type(c.conjugate()).__name__, c.__getnewargs__(), type(complex(c)).__name__, complex(c) is c, c == 1 + 2j, hash(c) == hash(1 + 2j))
one = 1j
print(type(c.__complex__()).__name__, type(one.__complex__()).__name__, one.__complex__() is one)
c.extra = 5
print(c.extra, c.real, c.imag, isinstance(c, complex), issubclass(C, complex))


class D(complex):
    def __new__(cls, a, b):
        return super().__new__(cls, a * 10, b)

    def __repr__(self):
        return "D" + super().__repr__()


d = D(1, 2)
print(d, repr(d), str(d), type(d).__name__, format(d, ""), d.real)
print(C("1+2j"), type(C("3j")).__name__, C(), C(real=4), complex.__new__(C, 5, 6), type(complex.__new__(C, 5, 6)).__name__)


class E(complex):
    def __complex__(self):
        return 9j


print(complex(E(1, 1)), E(1, 1))
show("complex.__new__(int)", lambda: complex.__new__(int))
show("complex.__new__(float, 1)", lambda: complex.__new__(float, 1))

# attributes
print(sorted(set(dir(complex)) - set(dir(object))))
print(complex.real, complex.imag, type(complex.real).__name__, complex.__doc__)
for stmt in ["(1j).real = 2", "(1j).imag = 2", "del (1j).real", "(1j).foo = 1"]:
    try:
        exec(stmt)
    except Exception as e:
        print(stmt, type(e).__name__, e)
show("complex.real.__get__(1j)", lambda: complex.real.__get__(1 + 2j))
show("complex.imag.__get__(1.0)", lambda: complex.imag.__get__(1.0))
print(isinstance(1j, complex), isinstance(1, complex), isinstance(1.0, complex), type(1j) is complex)
print((1).real, (1).imag, (1.5).imag, (True).imag, (2.5).conjugate())
