# operator precedence and chained comparisons: evaluation counts, short-circuit values, unary/power binding, bitwise on negatives
calls = []
def v(x): calls.append(x); return x
print(v(1) < v(2) < v(3), calls); calls.clear()
print(v(3) < v(2) < v(5), calls); calls.clear()
print(v(1) == v(1) != v(2) is not None, calls); calls.clear()
print(1 < 2 > 1.5 in [1.5] not in [[]], 1 in [1] == True, (1 in [1]) == True)
print(-2 ** 2, (-2) ** 2, 2 ** -1, -2 ** -2, 2 ** 3 ** 2, not 1 == 2, not (1 and 0), ~5, ~-1, -~5, +-+1)
print(1 + 2 * 3 - 4 / 2 // 1 % 3, (1 + 2) * 3, 7 // 2 * 2, 7 % 3 ** 2, -7 // 2, 2 * 3 ** 2, 10 - 3 - 2, 2 ** 2 ** 0)
print(5 & 3 | 8 ^ 2, 5 & (3 | 8) ^ 2, 1 << 2 + 1, (1 << 2) + 1, -8 >> 1, -1 >> 10, -5 & 0xFF, -5 | 2, -5 ^ -3, ~0 & 0xF)
print(0 or "" or [] or "last", 0 and 1, 1 and 2 and 3, None or 0, "a" and "b" or "c", [] or {} and 1, (0 or None) is None)
print(1 if 0 else 2 if 0 else 3, (lambda: 1 if True else 2)(), [x if x % 2 else -x for x in range(4)])
print(3 < 4 == 4, 3 < 4 == 5, "a" < "b" < "c" < "ca", (1, 2) < (1, 3) <= (1, 3), [1] < [1, 0], {1} < {1, 2} < {1, 2, 3})
x = [1, 2, 3]
print(x[0] if x else None, x[-1:] or "empty", x is x[:], x == x[:], x[:] is not x, 2 in x and 5 not in x)
print(not None, not [], not [0], bool(0.0), bool(-0.0), bool(0j), bool(""), bool(" "), bool(range(0)), bool(range(1)))
a = b = c = 5; a += 1; print(a, b, c)
i = 0; l = [10, 20, 30]
i, l[i] = 1, 99; print(i, l)
l = [10, 20, 30]; j = 0
l[j], j = 77, 2; print(j, l)
print(1 + 2j * 3, (1 + 2j) * 3, 2 * 3 % 4, 2 ** 0.5 * 2 ** 0.5 == 2.0, 10 / 4, 10 // 4.0, -0.0 == 0.0, 0.1 + 0.2 != 0.3)
print([1, 2] * 2 + [3], "ab" * 0, -1 * "x", (1,) * 2 + (2,), 3 * [[]] == [[], [], []])
print(True + True, True * 10, False - 1, True / 2, True << 3, True & False, True | 2, type(True ^ True).__name__, type(True + 0).__name__)
