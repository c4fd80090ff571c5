# format() specs on str and int corners: grouping with zero padding, '=' alignment, 'n' and 'c' types, precision on strings, error texts
print(format(1234567, "010,"), format(-1234567, "012,"), format(1234, "=+10"), format(255, "#010x"), format(-255, "#010b"))
print(format(12345.6789, "015,.2f"), format(0.5, "010%"), format(-0.0, "+08.2f"), format(1e6, ",g"), format(123456789, "_x"))
print(format("abc", ".1"), format("abc", "^7.2"), format("abc", "*>5"), format("x", "<3") + "|", format(65, "c"), format(0x1F600, "c"))
print(format(1234.5, "n"), format(1234, "n"), format(10**20, ","), format(-10**20, "_d"), format(True, "d"), format(True, ""), format(False, "^7"))
print(format(3.14159, ".3"), format(3.0, ".3"), format(1e-7, ".3"), format(123456.0, ".3"), format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"))
for v, spec in [("s", "d"), (1, "s"), (1.5, "d"), ("s", "+"), ("s", "="), (1, "c%"), (2**40, "c"), (1.5, "c"), ("x", ",s"), (1, ".2d"),
                (1, "z"), ("a", "#"), (1, "_,"), (1.0, "=,x")]:
    try:
        print(repr(format(v, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(v), repr(spec), type(e).__name__, e)
print("{:z.1f} {:z.1f} {:+z.2f}".format(-0.04, 0.04, -0.001))
