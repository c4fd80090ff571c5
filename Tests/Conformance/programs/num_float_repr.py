# float repr/str shortest round-trip, exponent thresholds, float() parsing (underscores, whitespace, inf/nan spellings), hex
vals = [0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234, 5e-324, 1.7976931348623157e308,
        2.0**53, 2.0**53 + 2, 100.0, -0.0, 1e22, 1e23, 9.999999999999999e22, 0.3, 1.1, 3.0000000000000004]
for v in vals:
    print(repr(v), str(v), float(repr(v)) == v, v.hex(), v.is_integer())
for s in ["1_000.5", " 12 ", "\t-3.5e2\n", "+inf", "-Infinity", "nAn", "-nan", "1e500", "-1e500", "1E-400", ".5", "5.", "0x1p3",
          "1__0", "_1", "1_", "1e", "", "in f", "1.5j", "١٢.٥", "1e+1_0"]:
    try:
        print(repr(s), repr(float(s)))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"), float.fromhex("inf"), float.hex(1.5), (0.1).as_integer_ratio(), (-2.5).as_integer_ratio())
for bad in [lambda: float.fromhex("0x1p99999"), lambda: float.fromhex("zz"), lambda: (float("inf")).as_integer_ratio(),
            lambda: float("nan").as_integer_ratio(), lambda: float([]), lambda: float(2**1024)]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(float(True), float(10**20), float("  -0 "), 1e308 * 10, -1e308 * 10, (1e308 * 10) - (1e308 * 10), 0.1 * 3 == 0.3)
print(2.5 == 5 / 2, 1.0 == 1, 2**53 + 1 == 2.0**53 + 1, 2**53 + 1 > 2.0**53, float(2**53 + 1) == 2**53, hash(1.0) == hash(1), hash(0.5), hash(-1.0))
