# Exact-float arithmetic and comparisons (the interpreter's fast paths) agree with CPython, NaN and signed zeros included.
nan = float("nan"); inf = float("inf")
vals = [0.0, -0.0, 1.5, -2.25, nan, inf, -inf, 1e308, 5e-324]
for a in vals:
    row = []
    for b in vals:
        row.append((a < b, a <= b, a == b, a != b, a > b, a >= b))
        try:
            row.append((a + b, a - b, a * b, a / b))
        except ZeroDivisionError as e:
            row.append(("zde", str(e)))
    print(row)
x = 0.1
for _ in range(5): x = x * 3.0 - 0.2
print(x, 1.0 / 3.0, -0.0 + 0.0, 0.0 * -1.0)
# Floats with small ints on either side, including ints that round when converted.
for n in (0, 1, -7, 2 ** 53 + 1, -(2 ** 62), 2 ** 62 - 1):
    for f in (0.5, -2.0, 1e300, nan, inf):
        row = [n + f, f + n, n - f, f - n, n * f, f * n]
        for num, den in ((n, f), (f, n)):
            try:
                row.append(num / den)
            except ZeroDivisionError as e:
                row.append(str(e))
        print(n, f, row)
total = 0
for k in range(1, 6):
    total += 1.0 / k
    total = total * 2 - 1
print(total, 3 // 2.0, 7 % 2.5, 2 ** 0.5, -3 * 0.0)
