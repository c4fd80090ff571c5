# float edge cases: inf/nan arithmetic and comparisons, signed zero, rounding reprs, limits and conversions
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf, 1 / inf, -1 / inf, nan == nan, nan != nan, nan < 1, inf > 1e308)
print(0.0 == -0.0, str(-0.0), repr(-0.0 + 0.0), -0.0 * 1, 0.0 * -1, abs(-0.0), (-0.0).hex(), (0.0).is_integer())
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1e16 + 1, 1e22, 1e-7, 123456789012345678.0, 1.5e-323, 5e-324 / 2, 2.5e-308)
print(repr(1 / 3), repr(2 / 3), 1e100, 1.0e+16, 9999999999999998.0, 0.30000000000000004, 100.0, 1e15, 1e16)
print(float("1e500"), float("-1e500"), float("  -12.5  "), float("1_000.5"), float("inf"), float("-Infinity"), float("nAn"))
print(3.7 // 1, -3.7 // 1, 3.7 % 1 < 0.71, -3.5 % 2, 3.5 % -2, 7.0 % inf, -7.0 % inf, divmod(-7.5, 2))
print((2.5).as_integer_ratio(), (0.1).as_integer_ratio(), (3.0).is_integer(), float.fromhex("0x1.8p1"), (1.5).hex())
print(int(1e300) % 1000, float(10**20), float(2**63), 1e300 * 1e10, -1e300 * 1e10, 2.0 ** 0.5, (-8.0) ** (1 / 3) != 2)
print(round(2.5), round(3.5), round(-2.5), round(0.1 + 0.2, 15), f"{0.1:.20f}", f"{1e-5:g}", f"{123456789.0:g}")

def attempt(f):
    try:
        print(f())
    except (ZeroDivisionError, ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)

attempt(lambda: 1.0 / 0)
attempt(lambda: 1.0 // 0.0)
attempt(lambda: 1.0 % 0.0)
attempt(lambda: float("abc"))
attempt(lambda: float(""))
attempt(lambda: float("1e"))
attempt(lambda: int(inf))
attempt(lambda: int(nan))
attempt(lambda: 10.0 ** 400)
attempt(lambda: (-1.0) ** 0.5)
attempt(lambda: inf.as_integer_ratio())
attempt(lambda: float([]))
attempt(lambda: float.fromhex("zz"))
print(max(nan, 1), max(1, nan), min(-0.0, 0.0), sorted([3.0, -0.0, 0.0, -1.0]))
print(hash(inf), hash(-inf), 1e-320 > 0, 1e308 * 10 == inf, -inf < -1e308)
