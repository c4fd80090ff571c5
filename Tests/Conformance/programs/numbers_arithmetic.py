# int and float arithmetic, big ints, conversions
print(2 ** 64, -2 ** 63, 10 ** 20 // 7, 10 ** 20 % 7, divmod(-17, 5), pow(3, 200, 1000))
print(7 / 2, 7 // 2, -7 // 2, 7 % -3, 2 ** -1, 1 / 3, 0.1 + 0.2)
print(1e16, 1e-5, 123456789.0, 1.5e300 * 1e10, -0.0, float("nan"), 3.0 == 3, 2 ** 53 + 1 == 2.0 ** 53)
print(int("  -42 "), int("ff", 16), int("0b101", 0), int(3.99), int(-3.99), float("1_000.5"), float(7))
print(abs(-5), abs(-2.5), round(2.5), round(3.5), round(-0.5), round(1.23456, 2))
print(hash(1), hash(-1), hash(2 ** 61), hash(1.5), hash(-2.0), (5).bit_length(), (255).to_bytes(2, "big"))
print(1 << 70, (1 << 70) >> 65, ~5, 6 & 3, 6 | 3, 6 ^ 3, -(2 ** 100), abs(-(2 ** 100)))
print(True + True, True & False, 3 * True, isinstance(True, int), 10 ** 30 > 1e29, 3 < 3.5 < 4)
for expression in ["1 / 0", "1 // 0", "1 % 0", "2.0 ** 10000", "int('x')", "float('y')", "1 << -1"]:
    try:
        eval(expression)
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
