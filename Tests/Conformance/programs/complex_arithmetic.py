# complex arithmetic with int, float and complex operands, reflected operations,
# powers, division, abs, comparisons and their errors


class operator:
    """The operator module's functions used here (the module is not needed)."""
    add = staticmethod(lambda a, b: a + b)
    sub = staticmethod(lambda a, b: a - b)
    mul = staticmethod(lambda a, b: a * b)
    truediv = staticmethod(lambda a, b: a / b)
    floordiv = staticmethod(lambda a, b: a // b)
    mod = staticmethod(lambda a, b: a % b)
    pow = staticmethod(lambda a, b: a ** b)
    lshift = staticmethod(lambda a, b: a << b)
    and_ = staticmethod(lambda a, b: a & b)
    neg = staticmethod(lambda a: -a)
    pos = staticmethod(lambda a: +a)
    lt = staticmethod(lambda a, b: a < b)
    le = staticmethod(lambda a, b: a <= b)
    gt = staticmethod(lambda a, b: a > b)
    ge = staticmethod(lambda a, b: a >= b)
    index = staticmethod(lambda a: [0, 1][a])


inf = float("inf")
nan = float("nan")
operands = [0, 1, -3, 2 ** 70, True, 0.0, -0.0, 1.5, -2.5, 1e300, inf, nan,
            0j, -0j, 1j, 1 + 2j, -3.5 + 0.25j, complex(1e300, 1e300), complex(inf, 0), complex(nan, 1), complex(0, -inf)]
operators = [("+", operator.add), ("-", operator.sub), ("*", operator.mul), ("/", operator.truediv)]


def result(f, *args):
    try:
        return repr(f(*args))
    except Exception as e:
        return f"{type(e).__name__}: {e}"


for name, op in operators:
    for a in operands:
        row = [result(op, a, b) for b in operands if isinstance(a, complex) or isinstance(b, complex)]
        if row:
            print(repr(a), name, " ".join(row))

# powers: small integral exponents take the exact path, others the polar form
bases = [0j, 1j, -1j, 1 + 1j, 2 - 3j, -0.5 + 0.5j, complex(1e-200, 1e-200), complex(1e200, 1), 2, -8.0, 1.5, 0, 0.0]
exponents = [0, 1, 2, 3, -1, -2, 17, 100, 101, -100, 0.5, -0.5, 2.0, 1j, -1j, 1 + 1j, 2 + 0j, 100.0, 1e10, complex(inf, 0), nan]
for a in bases:
    print(repr(a), "**", " ".join(result(operator.pow, a, b) for b in exponents if isinstance(a, complex) or isinstance(b, complex)))
print(result(pow, 1j, 2), result(pow, 1j, 2, 3), result(pow, 2, 1j, 3), result(pow, 1j, "a", 3), result(pow, 2, 1j))
print(result(operator.pow, (-8.0), 1 / 3), result(operator.pow, -8, 0.5), result(operator.pow, -1, 0.5), result(operator.pow, -2.0, 1.5))
print(result(operator.pow, -1.0, 0.5), result(operator.pow, -0.5, -0.5), result(operator.pow, -1e300, 0.5), result(operator.pow, -2, -0.5))
print(result(operator.pow, 1e200j, 2), result(operator.pow, complex(1e200, 1e200), 2.5), result(operator.pow, 10.0, 1j))
print(result(operator.pow, 1 + 1j, complex(inf, 0)), result(operator.pow, 1 + 1j, complex(1e308, 0)), result(operator.pow, 0j, 1j))
print(result(operator.pow, 0j, -1), result(operator.pow, 0j, 0), result(operator.pow, 0j, -0.5), result(operator.pow, 0j, 2 + 0j))

# unary operations and abs
for z in [1 + 2j, -0j, complex(-0.0, 0.0), complex(3, -4), complex(inf, nan), complex(nan, inf), complex(nan, 1),
          complex(1e308, 1e308), complex(1.7e308, 1.7e308), complex(5e-324, 5e-324), complex(-inf, 0)]:
    print(repr(z), result(operator.neg, z), result(operator.pos, z), result(abs, z), bool(z))

# the in-place forms
z = 1 + 1j
z += 1
z *= 2j
z -= 0.5
z /= 1 + 1j
z **= 2
print(z)

# comparisons
for a, b in [(1j, 1j), (1j, 1), (1 + 0j, 1), (1 + 0j, 1.0), (1.0 + 0j, True), (complex(2 ** 53 + 1, 0), 2 ** 53 + 1),
             (complex(2.0 ** 60, 0), 2 ** 60), (complex(1e300, 0), 10 ** 300), (complex(inf, 0), 10 ** 400), (0j, -0.0),
             (complex(nan, 0), nan), (1j, "1j"), (1j, None), (1j, [1j]), (complex(1, 1e-300), 1), (-0j, 0)]:
    print(repr(a), repr(b), a == b, b == a, a != b, b != a)
for a, b in [(1j, 2j), (1j, 1), (1, 1j), (1.5, 1j), (1j, "a")]:
    for op in [operator.lt, operator.le, operator.gt, operator.ge]:
        print(result(op, a, b))

# operations complex does not have
for name, op in [("//", operator.floordiv), ("%", operator.mod), ("divmod", divmod), ("<<", operator.lshift), ("&", operator.and_)]:
    print(name, result(op, 1j, 2), result(op, 2, 1j), result(op, 1.5, 1j))
for f in [int, float, round, operator.index, hex, lambda z: range(z)]:
    print(result(f, 1 + 2j))
import math
print(result(math.sqrt, 1j), result(math.floor, 1j), result(math.isnan, 1j))

# the slot methods: NotImplemented lets the other operand's method run
print(float.__rtruediv__(2.0, 1j), float.__truediv__(1.5, 1j), float.__add__(1.5, 1j), int.__add__(1, 1j), int.__pow__(2, 1j))
print(complex.__add__(1j, "a"), complex.__radd__(1j, 2), complex.__rsub__(1j, 2), complex.__rtruediv__(1j, 2), complex.__rpow__(1j, 2))
print(complex.__eq__(1j, "a"), complex.__lt__(1j, 2j), complex.__mul__(1j, 1j), complex.__truediv__(1, 1j) if False else "")
print(1.5 / 1j, 2 - 1j, 2.5 * 1j, 10 ** 2j, 2 ** 0.5j, True + 1j, sum([1j, 2, 3.5, 1 + 1j]), sum([1j] * 10, 0j))


class Other:
    def __radd__(self, other):
        return ("radd", other)

    def __eq__(self, other):
        return "Other.__eq__"


print(1j + Other(), 1j == Other(), Other() == 1j)
try:
    1j + "a"
except TypeError as e:
    print("TypeError", e)
try:
    "a" - 1j
except TypeError as e:
    print("TypeError", e)
