# int(): bases 0 and 2..36, prefixes, underscores, whitespace, signs, non-ASCII digits; literals with underscores; errors
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36), int("Z", 36), int("10", 2))
print(int("1_000_000"), int("0x_ff", 16), int("0b_1_0", 0), int(" -42 "), int("+7"), int("\t12\n"), int("٣٤"), int("0", 0), int("00", 0))
print(1_000_000, 0x_FF_FF, 0o_7_7, 0b_1111_0000, 1_0.5_0, 1e1_0, 0xDEAD_BEEF, 1_2j)
for s, base in [("12", 1), ("12", 37), ("0x", 16), ("08", 0), ("1__0", 10), ("_1", 10), ("1_", 10), ("", 10), (" ", 10),
                ("0b2", 0), ("9", 8), ("- 1", 10), ("1.5", 10), ("0o8", 0), ("１２", 10), ("ab", 11), ("+-1", 10)]:
    try:
        print(repr(s), base, int(s, base))
    except ValueError as e:
        print(repr(s), base, type(e).__name__, e)
for bad in [lambda: int(1.5, 10), lambda: int("1", "2"), lambda: int(None), lambda: int(float("inf")), lambda: int(float("nan")),
            lambda: int([1]), lambda: int(b"12", 16), lambda: int(base=10)]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(int(b"12"), int(bytearray(b"0x1f"), 0), int(-0.9), int(True), int("1" * 50) % 97, int("-" + "9" * 30, 16) % 1000)
class Ix:
    def __index__(self): return 5
class In:
    def __int__(self): return 9
print(int(In()), [10, 20, 30, 40, 50, 60][Ix()], bin(Ix()), hex(Ix()), oct(Ix()), int("11", Ix()))
print(format(255, "b"), format(-255, "#o"), (255).to_bytes(2, "big"), int.from_bytes(b"\xff\x01", "little"), int.from_bytes(b"\xff", "big", signed=True))
print((1024).bit_length(), (-1).bit_length(), (255).bit_count(), (10).as_integer_ratio(), (5).conjugate(), (7).numerator, (7).denominator)
