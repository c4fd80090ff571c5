# classic algorithms: sorting implementations, sieve, binary search, gcd/lcm, matrix multiply, string algorithms, dynamic programming
def quicksort(a):
    if len(a) <= 1: return a
    p, *rest = a
    return quicksort([x for x in rest if x < p]) + [p] + quicksort([x for x in rest if x >= p])
def mergesort(a):
    if len(a) <= 1: return a
    m = len(a) // 2; l, r = mergesort(a[:m]), mergesort(a[m:]); out = []
    while l and r: out.append(l.pop(0) if l[0] <= r[0] else r.pop(0))
    return out + l + r
def insertion(a):
    a = list(a)
    for i in range(1, len(a)):
        k = a[i]; j = i - 1
        while j >= 0 and a[j] > k: a[j + 1] = a[j]; j -= 1
        a[j + 1] = k
    return a
data = [(i * 7919) % 101 - 50 for i in range(40)]
print(quicksort(data) == sorted(data) == mergesort(data) == insertion(data), quicksort(data)[:10])
def sieve(n):
    is_p = [True] * (n + 1); is_p[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]: is_p[i * i::i] = [False] * len(is_p[i * i::i])
    return [i for i, p in enumerate(is_p) if p]
ps = sieve(1000); print(len(ps), ps[-5:], sum(ps))
def matmul(a, b): return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
m = [[1, 2], [3, 4]]; r = m
for _ in range(10): r = matmul(r, m)
print(r)
def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            dp[i + 1][j + 1] = dp[i][j] + 1 if x == y else max(dp[i][j + 1], dp[i + 1][j])
    return dp[-1][-1]
print(lcs("AGGTAB", "GXTXAYB"), lcs("kitten sitting", "sitting kitten"))
def edit(a, b):
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1): cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]
print(edit("kitten", "sitting"), edit("", "abc"), edit("flaw", "lawn"))
def knap(items, cap):
    best = [0] * (cap + 1)
    for w, v in items:
        for c in range(cap, w - 1, -1): best[c] = max(best[c], best[c - w] + v)
    return best[cap]
print(knap([(12, 4), (2, 2), (1, 1), (1, 2), (4, 10)], 15))
def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]: j += 1
        out.append(f"{j - i}{s[i]}"); i = j
    return "".join(out)
print(rle("aaabccddddde"), rle(""))
def is_pal(s): t = [c.lower() for c in s if c.isalnum()]; return t == t[::-1]
print([is_pal(s) for s in ["A man, a plan, a canal: Panama", "race a car", ""]])
def collatz(n):
    steps = 0
    while n != 1: n = n // 2 if n % 2 == 0 else 3 * n + 1; steps += 1
    return steps
print(max(range(1, 1000), key=collatz), collatz(27))
def nqueens(n):
    sols = 0
    def place(row, cols, d1, d2):
        nonlocal sols
        if row == n: sols += 1; return
        for c in range(n):
            if c not in cols and row - c not in d1 and row + c not in d2:
                place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c})
    place(0, frozenset(), frozenset(), frozenset())
    return sols
print([nqueens(i) for i in range(1, 8)])
from_roman = lambda s: sum((-1 if "IVXLCDM".index(a) < "IVXLCDM".index(b) else 1) * [1, 5, 10, 50, 100, 500, 1000]["IVXLCDM".index(a)] for a, b in zip(s, s[1:] + "I"))
def to_roman(n):
    out = ""
    for v, sym in [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]:
        while n >= v: out += sym; n -= v
    return out
print([to_roman(n) for n in (1994, 2024, 3999, 4)], all(from_roman(to_roman(n)) == n for n in range(1, 500)))
