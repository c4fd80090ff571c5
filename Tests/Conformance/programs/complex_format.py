# complex in the format mini-language, str.format, f-strings and % formatting
inf = float("inf")
nan = float("nan")
values = [1 + 2j, 2j, -2j, 0j, complex(-0.0, -0.0), complex(-0.0, 0.0), complex(1234567.891, -0.00001),
          complex(nan, -inf), complex(-inf, nan), complex(-0.0001, 0.0), complex(1e16, 1e-5), complex(0.5, 2.5),
          complex(1.5, -2.5), complex(123456789, 987654321.125)]
specs = ["", "10", "<20", "^21", ">20", "*^30", "x<16", ".3", ".0", ".3g", "e", "E", ".2e", "f", ".2f", ".0f",
         "F", "g", "G", ".10g", "n", ".3n", "+", " ", "-", "#", "#.0f", "#g", "#.3", ",", "_", ",.2f", "_.1e", "30,",
         "z", "z.1f", "z.0f", "+z.1f", "*^30.4e", "+.2e", " g", "+20.3", "\u00e9>12", ".1000f", ".100e"]
for spec in specs:
    print(repr(spec), " ".join(repr(format(v, spec)) for v in values))
for spec in ["%", "d", "x", "c", "s", "b", "=10", "010", "0<10", "=", "+010.2f", ".2%", ",b", "_d", ",,", "10.2.3",
             ".", "12345678901234567890", ".2147483648f", "\u00e9", "zd"]:
    try:
        print(repr(spec), repr(format(1 + 2j, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
for bad in [5, None, b"f"]:
    try:
        (1j).__format__(bad)
    except TypeError as e:
        print("TypeError", e)
z = 3.25 - 1.5j
print("{} {!r} {!s} {:.1f} {:>15} {:<12}|".format(z, z, z, z, z, z))
print(f"{z} {z!r} {z:e} {z:^20.2f} {z.real:.1f} {z.imag:+.2f} {-z} {z * 1j = }")
print("{0.real} {0.imag} {0:g}".format(z))
print("%s %r %a" % (z, z, z), "%s" % 1j, "%-12s|%12r|" % (z, z))
for fmt in ["%d", "%i", "%f", "%e", "%g", "%x", "%o", "%c", "%.2f", "%5s"]:
    try:
        print(fmt, repr(fmt % (z,)))
    except Exception as e:
        print(fmt, type(e).__name__, e)
print(str(z), repr(z), ascii(z), format(z), [z, 1j], (1j,), {1j: 2j})


class C(complex):
    def __str__(self):
        return "C-str"


print(format(C(1, 2), ""), format(C(1, 2), ".1f"), f"{C(1, 2)}", str(C(1, 2)), repr(C(1, 2)), "%s" % C(1, 2))
