# pow: modular exponent (negative exponent inverse, negative modulus), float results, big exponents, errors
print(pow(3, 4, 5), pow(3, 200, 1000), pow(-3, 3, 7), pow(3, 3, -7), pow(2, 0, 1), pow(2, 0, -1), pow(0, 0, 5))
print(pow(3, -1, 7), pow(3, -2, 7), pow(-3, -1, 7), pow(5, -1, -7), pow(2, -1, 2**61 - 1) * 2 % (2**61 - 1))
print(pow(2**100, 2**70, 10**9 + 7), pow(12345678901234567890, 98765, 2**127 - 1) == pow(12345678901234567890 % (2**127 - 1), 98765, 2**127 - 1))
print(pow(2, -1), pow(2, -2), pow(-2, -3), 2 ** -1, (-8) ** (1 / 3), pow(-2, 0.5), 0 ** 0, 0.0 ** 0, pow(4, 0.5))
print(2 ** 62, 2 ** 63, 2 ** 64, (-2) ** 63, (-2) ** 64, 7 ** 23, 10 ** 20, (-1) ** (2**70), (-1) ** (2**70 + 1))
print(pow(2.0, 1024 - 1), 1.5 ** 2, (-1.5) ** 3, 2 ** 0.5, 10.0 ** -3, float("inf") ** 0, 1 ** float("nan"), float("nan") ** 0)
print(pow(True, 5), pow(5, True), True ** -1, pow(1, -1, 3), pow(-1, -1, 3), pow(2, 10**6, 10) , pow(7, 2**64, 13))
for bad in [lambda: pow(3, -1, 6), lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: pow(2, 3.0, 5), lambda: 0 ** -1,
            lambda: 0.0 ** -1, lambda: pow(10.0, 400), lambda: (-8.0) ** 2.5,
            lambda: pow("2", 3), lambda: pow(2, 3, "5"), lambda: pow(0, -2, 5), lambda: 2.0 ** 10000]:
    try:
        print(bad())
    except (ValueError, TypeError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
class M:
    def __pow__(self, other, mod=None): return ("pow", other, mod)
    def __rpow__(self, other, mod=None): return ("rpow", other, mod)
print(pow(M(), 2), pow(M(), 2, 3), M() ** 5, 2 ** M(), pow(2, M()))
