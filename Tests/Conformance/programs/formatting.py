# str.format, % formatting and f-strings with format specs
print("{} {} {}".format(1, "a", 2.5), "{1}{0}{1}".format("a", "b"), "{x}-{y}".format(x=1, y=2), "{0[1]} {1[k]} {2.real}".format([1, 2], {"k": "v"}, 3))
print("{:>8}|{:<8}|{:^8}|{:*^9}|{:08.3f}|{:+d}|{: d}|{:,}|{:_}|{:x}|{:#x}|{:#o}|{:#b}|{:X}".format("r", "l", "c", "s", 3.14159, 5, 5, 1234567, 1234567, 255, 255, 8, 5, 255))
print("{:e} {:.2e} {:E} {:g} {:g} {:g} {:.3g} {:%} {:.1%} {:n}".format(12345.678, 0.000123, 1e10, 1e-5, 123456789.0, 0.0001, 3.14159, 0.25, 0.125, 42))
print("{!r} {!s} {!a} {:>{w}} {:.{p}f}".format("x", "y", "é", "z", 3.14159, w=5, p=2))
print("{{literal}} {0:{1}}".format(7, "03"), "{:=+8}".format(-42), "{:=8}".format(42), "{:<06}".format(42), "{:c}".format(65))
print(f"{1 + 2} {'abc'!r} {3.5:.3f} {42:>6} {'x':*<4} {10**10:,} {255:08b} {-1.5:+.1f} {0.5:.0%}")
w, p = 10, 3
val = 3.14159265
print(f"{val:{w}.{p}f}|{val!r:>20}|{'nested ' + f'{val:.1f}'}|{w=}|{val = :.2f}|{w!r:^5}")
d = {"k": [1, 2]}
print(f"{d['k'][1]} {len(d)} {[x * 2 for x in range(3)]} {(lambda: 5)()} {'a' if w > 5 else 'b'}")
print("%s %r %d %5d %-5d| %05d %x %X %o %e %f %.2f %10.3f %g %c %% %i %+d" % ("s", "r", 42, 42, 42, 42, 255, 255, 8, 1234.5, 1.5, 2.345, 3.14159, 0.00001, 65, 7, 5))
print("%(a)s and %(b)05.1f" % {"a": "x", "b": 2.25}, "%s" % (1,), "%s" % [1, 2], "%*d|%-*d" % (5, 1, 4, 2), "%.3s" % "abcdef", "%#x %#o" % (255, 8))
for bad in [lambda: "%d" % "x", lambda: "%s %s" % (1,), lambda: "%s" % (1, 2), lambda: "{0}{}".format(1, 2), lambda: "{:d}".format("x"), lambda: "{".format(), lambda: "{:q}".format(1), lambda: "{}{}".format(1), lambda: "{a}".format(b=1)]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
print(format(1234.5678, ",.2f"), format(42, "x"), format("s", "^5"), format(3), format(1e100), format(-0.0), format(float("inf"), "f"), format(float("nan"), "+"), format(True), format(True, "d"))
print("{:.2f} {:.0f} {:.0f} {:.0f} {:.1f}".format(2.675, 0.5, 1.5, 2.5, 0.05), "{:10.4}".format("abcdefgh"), "{:.3}".format(1234.5), repr(f"{''}"))
class C:
    def __format__(self, spec):
        return f"C<{spec}>"
print(f"{C():xyz}", "{:abc}".format(C()), format(C(), ""), f"{C()!s:>5}" if False else "")
print("{:,.2f}".format(-1234567.891), "{:>+10,.1f}".format(98765.43), "{:#010x}".format(255), "{:e}".format(0), "{:g}".format(100000), "{:g}".format(1000000))
