# complex: parsing complex() strings, repr of signed zeros and inf/nan parts, division and pow corners, comparisons and errors
for s in ["1+2j", "-1.5-0j", "j", "-j", " 3j ", "(1+1j)", "1e3+1e-3j", "inf+nanj", "-0-0j", "1_0+2_0j", "2"]:
    try:
        print(repr(s), repr(complex(s)))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for bad in ["1+", "j1", "1+2", "()", "1 + 2j", "1+2jj", ""]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
print(complex(1, 2), complex(real=3), complex(imag=-0.0), complex(1j, 1j), complex(-0.0, -0.0), -0j, 0j * -1, complex(0, -0.0))
print((1 + 2j) / (3 - 4j), (1 + 2j) * (1 - 2j), 1j ** 2, (1 + 1j) ** 0, 0j ** 0, (2 + 0j) ** 0.5, 1j ** -1)
print(abs(3 + 4j), (3 + 4j).conjugate(), (3 + 4j).real, (3 + 4j).imag, (1j).imag.is_integer(), complex(2, 3) == 2 + 3j, 1 + 0j == 1)
for bad in [lambda: 1j < 2j, lambda: (1 + 1j) // 2, lambda: (1 + 1j) % 2, lambda: 1j / 0, lambda: 0j ** -1, lambda: complex("1", 2),
            lambda: complex(1, "2"), lambda: divmod(1j, 1), lambda: int(1j), lambda: float(1j), lambda: round(1j)]:
    try:
        print(bad())
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
print(complex(float("inf"), 0), complex(0, float("nan")), repr(complex(1e300, 1e300) * 1e10), complex(1, 1) * float("inf"))
print(format(1 + 2j, ".2f"), format(-1.5j, "+.1e"), f"{3 - 4j:>12}", f"{1j:g}", format(complex(1, 2), ""), str(1e20j), repr(1e-5 + 1e16j))
class C:
    def __complex__(self): return 4j
class I:
    def __index__(self): return 7
print(complex(C()), complex(I()), complex(True, False), complex(2.5))
