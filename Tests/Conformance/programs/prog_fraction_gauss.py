# exact linear algebra with a hand-written Fraction class: Gaussian elimination, determinant, inverse, and a singular-matrix error
def gcd(a, b):
    while b: a, b = b, a % b
    return abs(a)
class Fraction:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if d == 0: raise ZeroDivisionError("zero denominator")
        if d < 0: n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    @staticmethod
    def of(x): return x if isinstance(x, Fraction) else Fraction(x)
    def __add__(self, o): o = Fraction.of(o); return Fraction(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o): o = Fraction.of(o); return Fraction(self.n * o.d - o.n * self.d, self.d * o.d)
    def __mul__(self, o): o = Fraction.of(o); return Fraction(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o): o = Fraction.of(o); return Fraction(self.n * o.d, self.d * o.n)
    def __neg__(self): return Fraction(-self.n, self.d)
    def __eq__(self, o): o = Fraction.of(o); return self.n == o.n and self.d == o.d
    def __bool__(self): return self.n != 0
    def __repr__(self): return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"
class SingularError(ArithmeticError): pass
def solve(m, rhs):
    n = len(m)
    a = [[Fraction.of(x) for x in row] + [Fraction.of(r)] for row, r in zip(m, rhs)]
    det = Fraction(1)
    for col in range(n):
        pivot = next((r for r in range(col, n) if a[r][col]), None)
        if pivot is None: raise SingularError(f"matrix is singular at column {col}")
        if pivot != col: a[col], a[pivot] = a[pivot], a[col]; det = -det
        det = det * a[col][col]
        for r in range(n):
            if r != col and a[r][col]:
                f = a[r][col] / a[col][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col])]
    return [a[i][n] / a[i][i] for i in range(n)], det
def inverse(m):
    n = len(m)
    cols = [solve(m, [int(i == j) for i in range(n)])[0] for j in range(n)]
    return [[cols[j][i] for j in range(n)] for i in range(n)]
M = [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]]
x, det = solve(M, [8, -11, -3]); print("solution", x, "det", det)
inv = inverse(M); print("inverse", inv)
prod = [[sum((Fraction.of(M[i][k]) * inv[k][j] for k in range(3)), Fraction(0)) for j in range(3)] for i in range(3)]
print("M * inv", prod)
H = [[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)]
print("hilbert det", solve(H, [1, 0, 0, 0])[1], "first column of inverse", solve(H, [1, 0, 0, 0])[0])
try:
    solve([[1, 2], [2, 4]], [1, 2])
except SingularError as e:
    print(type(e).__name__, e, isinstance(e, ArithmeticError))
