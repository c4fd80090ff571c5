# numeric conversions and the numeric tower: int/float/complex constructors, __float__/__complex__, mixed arithmetic
print(float(3), float("3.5"), float(True), int(3.9), complex(1), complex(1, 2), complex("3+4j"), complex(2.5), complex(real=1, imag=-1))
print(1 + 2.0, 1 + 2j, 2.0 * 3j, 7 / 2, 7 // 2.0, 2 ** -1, (-8) ** (1 / 3) == complex((-8) ** (1 / 3)), 10 / 4 == 2.5)
print(type(1 + 1.0).__name__, type(1 + 1j).__name__, type(True + 1).__name__, type(2 ** 2).__name__, type(2 ** -2).__name__)
print(abs(3 + 4j), (3 + 4j).conjugate(), (1j) ** 2, (3 + 4j).real, (3 + 4j).imag, 1j == complex(0, 1), 1 == 1.0 == (1 + 0j))

class Num:
    def __float__(self):
        return 2.5
    def __int__(self):
        return 2
    def __index__(self):
        return 2
    def __complex__(self):
        return 1 + 1j
n = Num()
print(float(n), int(n), complex(n), [10, 20, 30][n], bin(n), round(float(n)))

class OnlyIndex:
    def __index__(self):
        return 7
print(float(OnlyIndex()), int(OnlyIndex()), complex(OnlyIndex()))

def attempt(f, *args):
    try:
        print(f(*args))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

attempt(float, "1,5")
attempt(complex, "1 + 2j")
attempt(complex, "j", 1)
attempt(complex, 1, "2")
attempt(int, 1j)
attempt(float, 1j)
attempt(lambda: 1j < 2j)
attempt(lambda: 1j // 2)
attempt(lambda: 1j % 2)
attempt(float, 10 ** 400)

class BadFloat:
    def __float__(self):
        return "no"
attempt(float, BadFloat())
print(0.1 + 0.2 == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-9, int(float(2**53)) == 2**53, float(2**53 + 1) == 2**53)
print(divmod(7, 2.5), 7 % 2.5, -7 // 2.5, pow(2, 0.5) ** 2, 3 * 0.1, 1e308 + 1e308, -(2 ** 0.5))
