# float methods, repr, special values and conversions
vals = [0.0, -0.0, 1.0, 1.5, -2.5, 0.1, 1e16, 1e-7, 123456789.123, 1e300 * 1e10, -1e300 * 1e10, 2.0 ** 0.5, 1/3]
for v in vals:
    print(repr(v), str(v), v.is_integer(), v.hex() if v == v else None)
for v in [0.5, 0.25, 3.0, -1.75, 0.1]:
    print(v.as_integer_ratio(), v.conjugate(), v.real, v.imag)
print(float("1.5"), float("  -2e3 "), float("inf"), float("-Infinity"), float("nan"), float("1_0.5"), float(10**20), float(True))
print(float.fromhex("0x1.8p1"), (3.5).hex(), float.fromhex("-0x1p-2"))
for bad in ["", "1.2.3", "abc", "1e"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    (float("inf")).as_integer_ratio()
except OverflowError as e:
    print("OverflowError", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError", e)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, [nan] == [nan], nan in [nan])
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.23456, 3), round(123.456, -1), round(0.5), round(-0.5), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(1e22, 1e21, 1e16, 1e15, 123e-20, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308)
print(0.1 + 0.2 == 0.3, abs(-0.0), -0.0 == 0.0, 1.0 // 0.3, 1.0 % 0.3, -1.0 % 0.3, divmod(-7.5, 2), 7.5 // -2)
for a, b in [(1.0, 0.0), (0.0, 0.0), (1, 0.0)]:
    for op in ["/", "//", "%"]:
        try:
            print(eval(f"{a!r} {op} {b!r}"))
        except ZeroDivisionError as e:
            print("ZeroDivisionError", e)
print(2.0 ** 10, 2 ** 0.5, (-8) ** (1/3) if False else 0, 10 ** -2, 0.0 ** 0, float("inf") - float("inf"))
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError", e)
print(int(1e20), int(-1.5e10), float(2**1023), 10**400 > 1e308)
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError", e)
print(hash(1.0) == hash(1), hash(0.5), hash(-1.0), hash(float("inf")), 1.0 == 1, 2**53 + 1 == float(2**53 + 1), 0.5 < 1, 1 < 1.5)
print(max(1, 2.0), min(-0.0, 0.0), sum([0.1] * 10), float.__name__)
