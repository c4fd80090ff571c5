# int methods and attributes: bit_length, bit_count, to_bytes/from_bytes, as_integer_ratio, conjugate, numerator, int() parsing
for n in [0, 1, -1, 5, 255, 256, -256, 2**31, 2**63 - 1, -2**63, 10**30, -(10**30)]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(), n.numerator, n.denominator, n.real, n.imag)
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print((2**70).to_bytes(10, "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
print(int("42"), int("  -17  "), int("0x1f", 16), int("1f", 16), int("0b101", 0), int("0o17", 0), int("z", 36), int("1_000_000"), int(" +7 "))
print(int(3.99), int(-3.99), int(True), int("10", 2), int(b"12"), int("٣"))
for bad in ["", "1.5", "0x", "1__0", "abc", "_1"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    int("12", 1)
except ValueError as e:
    print("ValueError", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError", e)
try:
    int(None)
except TypeError as e:
    print("TypeError", e)
print(int.__name__, type(5).__name__, isinstance(True, int), issubclass(bool, int))
print((5).__add__(3), (5).__radd__(3), (5).__sub__(3), (5).__rsub__(3), (7).__floordiv__(2), (7).__mod__(-2), (5).__neg__(), (5).__invert__(), (-5).__abs__())
print((5).__add__(1.0), (5).__eq__("x"), (5).__lt__(6), (3).__pow__(4), (3).__pow__(4, 5))
print(round(12345, -2), round(12355, -1), round(-15, -1), round(25, -1), round(7), round(7, 2))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(10**20, 3))
print(pow(2, -1, 7), pow(3, 0, 1), pow(-2, 3), pow(2, 100) % 1000)
print(hex(255), oct(8), bin(5), hex(-255), bin(-5), oct(-8))
print(True + True, True * 3, -True, ~True, True & False, True | False, True ^ True, type(True & True).__name__, type(True + 1).__name__)
