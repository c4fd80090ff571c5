# big ints: arithmetic, division and modulo signs, powers, shifts, bitwise ops on negatives, comparisons with floats, str round trips
a = 2 ** 200 + 12345; b = -(3 ** 90); c = 10 ** 50 + 7
print(a + b, a - b, a * b, a // 7, a % 7, b // 7, b % 7, a // b, a % b, divmod(b, a), divmod(-a, 13))
print(c * c, c ** 3, pow(c, 5, 10 ** 9 + 7), pow(2, 1000) % 997, (a * b) // b == a, -a // 1, abs(b), -b)
print(a >> 100, a << 50, b >> 3, b << 3, -1 >> 100, (1 << 300) >> 299, a & 0xffff, b & 0xffff, a | b, a ^ b, ~a, ~b, b & a)
print(a > b, a > 1e60, a < 1e61, b < -1e42, 2 ** 53 + 1 > 2.0 ** 53, 10 ** 400 > 1e308, -(10 ** 400) < -1e308, 2 ** 64 == 2.0 ** 64, a == a + 0)
print(str(10 ** 100), int("9" * 60) + 1, len(str(2 ** 10000)), str(2 ** 1000)[:20], int(str(3 ** 300)) == 3 ** 300, repr(-10 ** 30))
print(a / b, c / 3, 10 ** 30 / 10 ** 10, (10 ** 30) / 3, 2 ** 1023 * 2 // 2 ** 1023, float(2 ** 100))
try:
    2 ** 10000 / 1
except OverflowError as e:
    print("OverflowError", e)
try:
    1 / (2 ** 10000)
except OverflowError as e:
    print("OverflowError", e)
print(hash(2 ** 100), hash(-(2 ** 100)), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(sum(range(10 ** 5)), sum(i * i for i in range(1000)), 1 << 64 | 1, (2 ** 64 - 1).bit_length(), (-2 ** 64).bit_length())
f = 1
for i in range(1, 51): f *= i
print(f, f % (10 ** 9 + 7), f // 10 ** 60, str(f).count("0"))
print(int("-" + "1" * 40), -7 ** 2, (-7) ** 2, (-2) ** 63, (-2) ** 64, 2 ** 64 - 2 ** 64, 0 * a, a * 0 == 0, a // a, b // -b)
print(round(a, -50), round(b, -40), round(123456789123456789, -5), divmod(10 ** 40, -(10 ** 20 + 1)))
print(max(a, b, c) == a, min([a, b, c]) == b, sorted([c, a, b])[0] == b, a in {a: 1}, {a: "v"}[2 ** 200 + 12345])
print(format(a, ","), format(b, "_"), f"{c:e}", f"{10**25:.3e}", "%d" % a, "%s" % b, "{:>70}".format(c))
