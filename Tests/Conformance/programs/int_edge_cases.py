# int edge cases: floor division and modulo signs, shifts, bitwise ops on negatives, big powers, conversions
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (2**70, 3), (-(2**70), 7)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b if abs(a) < 100 else round(a / b))
print(1 << 0, 1 << 100, -1 << 3, 255 >> 4, -255 >> 4, -1 >> 100, (2**100) >> 98)
print(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1, -5 & 0xff, -5 | 2, -6 ^ 3, (2**70) & (2**70 - 1), -(2**70) & 0xffff)
print(2**63, -(2**63), 2**64 - 1, (2**63 - 1) + 1, -(2**63) - 1, 10**20 // 10**10, 3**40, (-2)**63)
print(int("1" * 25) * int("9" * 25), (10**30 + 1) % 97, pow(7, 10**5, 13), 7 ** 0, 0 ** 0, (-1) ** 1001)
print(int.bit_count(255), (-7).bit_count(), (12).bit_length(), int(True) + True, True + 1.5, (5).conjugate())
print((10).real, (10).imag, (10).numerator, (10).denominator, (6).as_integer_ratio(), int.__name__)
print(abs(-(2**64)), -(-(2**64)), +5, -0, 0 == -0, 17 // 1, 17 % 1, -17 % 1)

def attempt(f):
    try:
        print(f())
    except (ZeroDivisionError, ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)

attempt(lambda: 1 // 0)
attempt(lambda: 1 % 0)
attempt(lambda: 1 << -1)
attempt(lambda: 1 >> -1)
attempt(lambda: 2 ** 10000 * 1.0)
attempt(lambda: 10 ** -1)
attempt(lambda: 1 + "1")
attempt(lambda: 1 << 2**70)
attempt(lambda: divmod(0, 0))
attempt(lambda: (2**70) / 0)
attempt(lambda: float(2**1024))
print(2**1023 * 1.0 > 1e307, 2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53))
print(int(-0.9), int(2.0**60), round(2**70 / 3), 9007199254740993 / 1, 10**400 // 10**399)
