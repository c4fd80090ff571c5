# The order in which some builtins check their arguments: float's ** refuses a modulus
# before converting, bytes.find reads its bounds before the needle, bytes() checks the
# encoding's type first, and each of bytes and bytearray formats only its own type with %
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: (2.5).__pow__("x", "y"))
t(lambda: (2.5).__pow__(2, 3))
t(lambda: (2.5).__pow__("x"))
t(lambda: pow(2.5, 2, 3))
t(lambda: pow(2, 2.5, 3))
t(lambda: pow(2, 3, 2.5))
t(lambda: (2.5).__rpow__(2, 3))
t(lambda: float.fromhex(None))
t(lambda: float.fromhex(1))
t(lambda: float.fromhex(b"0x1p1"))
t(lambda: float.fromhex("0x1p1"))
class F(float): pass
t(lambda: F.fromhex("0x1.8p1"))
for name in ("find", "rfind", "index", "rindex", "count"):
    t(lambda: getattr(b"abc", name)("x", "y"))
    t(lambda: getattr(b"abc", name)("x", 1))
    t(lambda: getattr(bytearray(b"abc"), name)(None, None, "z"))
    t(lambda: getattr(b"abcb", name)(98, 2))
    t(lambda: getattr(b"abcb", name)(b"b", -3, None))
for T in (bytes, bytearray):
    t(lambda: T(1, 2))
    t(lambda: T(1, "bogus"))
    t(lambda: T("x", "bogus"))
    t(lambda: T(1, errors=2))
    t(lambda: T(errors="strict"))
    t(lambda: T(encoding="utf-8"))
    t(lambda: T("é", "latin-1"))
    t(lambda: T(b"x", "ascii"))
    t(lambda: T("x", errors="strict"))
t(lambda: bytearray(b"abc").__rmod__(b"x"))
t(lambda: b"abc".__rmod__(bytearray(b"x")))
t(lambda: bytearray(b"x").__rmod__(bytearray(b"%s")))
t(lambda: b"x".__rmod__(b"%s"))
t(lambda: b"%s" % bytearray(b"x"))
t(lambda: bytearray(b"%s") % b"x")
t(lambda: bytearray(b"%s-%s") % (b"a", bytearray(b"b")))
t(lambda: b"%d" % bytearray(b"x"))
t(lambda: "%s" % bytearray(b"x"))
class P:
    def __pow__(self, o, m=None): return ("pow", o, m)
    def __rpow__(self, o, m=None): return ("rpow", o, m)
for f in [lambda: pow(2, 3, 2.5), lambda: pow(2, 3, 1j), lambda: pow(2, 3, P()), lambda: pow(P(), 3, 4), lambda: pow(2, P(), 4), lambda: pow(2.0, 3, 4), lambda: pow(1j, 2, 3), lambda: pow(2, 3, "x"), lambda: pow("x", 3, 4), lambda: pow(2, 3, None)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
