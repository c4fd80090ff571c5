# printf-style % formatting: flags, * width/precision, mapping keys, every conversion, errors
print("%d|%5d|%-5d|%05d|%+d|% d|%i|%u" % (42, 42, 42, 42, 42, 42, -7, 9))
print("%x|%X|%#x|%#o|%o|%#X" % (255, 255, 255, 8, 8, 3054))
print("%f|%.2f|%10.3f|%-10.1f|" % (3.14159, 2.5, 1.0005, -2.25))
print("%e|%E|%g|%G|%.3g|%#g" % (5e-10, 6e20, 0.00001, 1e-20, 12345, 2.0))
print("%s|%r|%a|%5s|%-5s|%.2s" % ("hi", "hi", "é", "ab", "ab", "xyz"))
print("%c%c%c" % (72, "i", 33))
print("%*d|%-*d|%.*f|%*.*f" % (6, 1, 6, 2, 2, 3.14159, 8, 3, 2.71828))
print("%(a)s and %(b)05.1f %(a)r" % {"a": "x", "b": 2.25})
print("100%% sure, %d%%" % 50)
print("%s" % (1, ), "%s" % [1, 2], "%s" % ((1, 2),), "%d" % True, "%.0f" % 2.5, "%.0f" % 3.5)
print("%x %o" % (-255, -8), "%d" % 2**70, "%x" % 2**70)
print("%s %s" % (None, NotImplemented))
class I:
    def __index__(self): return 65
    def __int__(self): return 66
print("%x %c %d" % (I(), I(), 3.99))
for fmt, args in [("%d", "s"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(k)s", (1,)),
                  ("%(k)s", {}), ("%c", 1.0), ("%c", "ab"), ("%c", 0x110000), ("%", ()),
                  ("%.*f", ("a", 1.0)), ("%x", 1.5), ("%*d", (1.5, 2)), ("no args", 5), ("%s %(a)s", {"a": 1})]:
    try:
        print(repr(fmt), repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
print(b"%s %d %x %c %r" % (b"ab", 5, 255, 65, b"q"))
try:
    b"%s" % "str"
except TypeError as e:
    print(type(e).__name__, e)
