# printf-style % formatting: conversions, flags, widths, precision, mapping keys, and errors
print("%s %r %a" % ("é", "é", "é"), "%d %i %u" % (1, -2, 3), "%5d|%-5d|%05d" % (42, 42, 42))
print("%x %X %#x %o %#o" % (255, 255, 255, 8, 8), "%e %E %.2e" % (12345.678, 0.00012, 5), "%f %.1f %10.3f" % (3.14159, 2.25, -1.5))
print("%g %g %g %G" % (0.0001, 1e-5, 123456789, 1e20), "%c%c" % (72, "i"), "%%", "%.3s" % "abcdef", "%5.1s|" % "xyz")
print("%(name)s is %(age)d" % {"name": "ann", "age": 5}, "%(a)s%(a)s" % {"a": "*"}, "%+d % d" % (5, 5), "%*d|%-*d" % (4, 1, 3, 2))
print("%.*f" % (2, 3.14159), "%s" % (1,), "%s" % [1, 2], "%s %s" % ("a", "b"), "%d" % 3.99, "%x" % -255, "%s" % None)
print("%i%%" % 50, "%r" % b"bytes", "%s" % b"bytes", "%.0f %.0f" % (0.5, 1.5), "%#.3g" % 1, "%-8s|" % "left")

def attempt(fmt, args):
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)

attempt("%d", "x")
attempt("%s %s", ("one",))
attempt("%s", ("a", "b"))
attempt("%(k)s", ("tuple",))
attempt("%(k)s", {})
attempt("%z", 1)
attempt("%c", 1114112)
attempt("%c", "ab")
attempt("%", ())
attempt("%x", 1.5)
attempt("%*d", ("a", 1))
print("%s" % {"k": "v"}, "no args" % (), "%s" % ((1, 2),))
class Obj:
    def __str__(self):
        return "S"
    def __repr__(self):
        return "R"
print("%s %r" % (Obj(), Obj()), b"%s and %d" % (b"bytes", 5), b"%x" % 255, b"%c" % 65)
