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
