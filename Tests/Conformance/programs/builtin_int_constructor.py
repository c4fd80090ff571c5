# int(): strings in every base, underscores, whitespace, floats, __int__/__index__/__trunc__ and errors
print(int(), int("42"), int(" -17 "), int("+8"), int("1_000_000"), int("0x1F", 16), int("0x1f", 0), int("0o17", 0))
print(int("0b101", 0), int("z", 36), int("ZZ", 36), int("101", 2), int("777", 8), int("12", 3), int("0", 0))
print(int(3.99), int(-3.99), int(1e20), int(True), int("١٢٣"), int(b"55"), int(bytearray(b"-9")))
print(int("  0_7  ", 8), int("00", 0), int("-0x_ff", 16), int(2.5e-5))

class HasInt:
    def __int__(self):
        return 7
class HasIndex:
    def __index__(self):
        return 8
print(int(HasInt()), int(HasIndex()))

def attempt(*args, **kwargs):
    try:
        print(int(*args, **kwargs))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

attempt("")
attempt("1.5")
attempt("12a")
attempt("0x10")
attempt("010", 0)
attempt("1__0")
attempt("_1")
attempt("2", 2)
attempt("1", 1)
attempt("1", 37)
attempt(1.5, 10)
attempt(float("inf"))
attempt(float("nan"))
attempt(None)
attempt([1])
attempt("5", base="10")
attempt("9", base=10)
attempt(x="5")

class BadInt:
    def __int__(self):
        return "no"
attempt(BadInt())

class IntSub(int):
    pass
v = IntSub("12")
print(v, type(v).__name__, int(v), type(int(v)).__name__, IntSub(3) + 1, type(IntSub(3) + 1).__name__)
print(int("9" * 50) % 1000, int("-" + "1" * 30, 2))
