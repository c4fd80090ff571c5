# more formatting: nested replacement fields, attribute/index lookups, conversions with specs, padding of numbers and strings, alternate forms, grouping
people = [("Alice", 30, 55000.5), ("Bob", 4, 1234567.891), ("Christopher", 101, 0.5)]
for name, age, salary in people:
    print(f"|{name:<12}|{age:^5d}|{salary:>15,.2f}|{salary:>12.3e}|{age:#06x}|{age:o}|")
print("{0:{fill}{align}{width}}".format("mid", fill="~", align="^", width=11))
print("{p[0]}/{p[1]:>4}/{p[2]:.1f}".format(p=people[0]), "{0.real}+{0.imag}j".format(3))
print(f"{'left':<{8}}|{'right':>{4 + 4}}|{3.14159:.{1 + 1}f}|{12:{'0'}{5}}")
print(f"{42:*^+10}", f"{-42:=10}", f"{42:010}", f"{-42:010}", f"{3.5:010.2f}", f"{-3.5:+010.2f}", f"{1e6:,.0f}", f"{1234:_x}", f"{2 ** 40:_b}")
print(f"{0.000012345:g}", f"{123456789:g}", f"{1.0:g}", f"{100.0:.0f}", f"{1.5:.0e}", f"{123.456:.2%}", f"{-0.0:g}", f"{float('inf'):>6}", f"{float('nan'):06}")
print("{:s}".format("str"), "{!r:>10}".format("r"), "{!s:^7}".format(12), "{:>5}".format(True), "{:d}".format(True), "{:.3}".format(True) if False else "")
print("%-10s|%10s|%.2s|%c|%5.1f%%|%+.3e|%x|%#X|%o|%#o|%5s" % ("ab", "cd", "xyz", "z", 99.44, 12345.678, 3054, 3054, 64, 64, None))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 3}, "%d%%" % 50, "%3d|%-3d|%03d" % (5, 5, 5), "%.0f %.1f" % (0.5, 0.25), "%s" % ((1, 2),))
print("%r %a" % ("é", "é"), "%i" % 3.9, "%d" % -0.5 if False else "", "%x" % 255, "%e" % 0.0, "%g %g %g" % (1e-5, 1e16, 123.0))
table = {"apple": 1.5, "banana": 0.25, "cherry": 10}
for k, v in table.items():
    print("{:.<10}{:.>8.2f}".format(k, v))
print(f"{'{'}{'}'}", "{{}}".format(), f"{{{1}}}", "{:{}}".format("x", 3) + "|", f"{{x}}")
print(format(12345.6789, "e"), format(12345.6789, ".10g"), format(0.1, ".17g"), format(1 / 3, ".20f"), format(2 ** 0.5, "r") if False else "", format(10 ** 20, ".3e"))
