# numeric tower mixing: int/float/bool ops, true division precision, floor/mod signs, comparisons, int() of floats, chained ops, float formatting repr
vals = [7, -7, 7.5, -7.5, True, 0.1, 3]
for a in vals:
    print([(a // b, a % b) for b in (2, -2, 0.5, 3)])
print(10 / 4, 10 // 4, -10 // 4, 10 % -4, -10 % 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 2 ** -2, 4 ** 0.5, 8 ** (1 / 3))
print(1e308 * 10, -1e308 * 10, 1e-320, 5e-324 / 2, 1e16 + 1, 9007199254740993, float(9007199254740993), 0.1 * 3, 0.3 / 0.1)
print(1 == 1.0 == True, 0 == -0.0, hash(0) == hash(-0.0), 2 ** 63 == 9223372036854775808.0, 1 / 3 == 0.3333333333333333, int(0.9999999999999999), int(-0.5))
print(round(0.1 + 0.2, 15), round(1e300, -299), round(-0.0), round(1.5), round(2.5), round(-1.5), round(1e20), round(1.25, 1), round(1.35, 1))
print(3 * 1.1, 1.1 + 2.2, 100 * 1.1, 1.0 - 0.9, 1e-5, 1e-4, 0.0001, 123456789012345678.0, 1.5e-10, 2.5e+20, float("1e500"), -float("1e500"))
print(7 // 0.1, 7 % 0.1, -0.0 // 1, 0.0 % -1, divmod(0.5, -0.2), 3 % float("inf"), -3 % float("inf"), float("inf") // 1 if False else "")
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0), sorted([3, 1.5, True, 2]), sum([1, 2.5, True]))
print(int("  12  "), int(True), int(12.9), int(-12.9), float(" 3.25 "), float("-0"), float("+inf"), str(float("-nan")), 1e1000 == float("inf"))
print(abs(-5), abs(-5.5), abs(float("-inf")), pow(2, 0.5), pow(-8, 1), pow(0, 0), pow(0.0, 0.0), 0 ** 0)
print(True / 2, True // 2, False ** 0, True << 3, 5 & True, -True, +True, ~False, type(True * 1.0).__name__)
x = 5; x += 2.5; print(x, type(x).__name__); x //= 2; print(x); x **= 2; print(x)
print(12345678901234567890 * 1.0, 2 ** 0.5 * 2 ** 0.5, 10 ** 15 + 0.3, 0.1 + 0.7, 4.35 * 100, 1.15 * 100)
for bad in ["1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "divmod(1, 0.0)", "0 ** -1", "10 ** 1e5", "2 ** 2 ** 50 if False else 1 << -1"]:
    try:
        print(eval(bad))
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
