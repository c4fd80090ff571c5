# matrix arithmetic with a class: operators, transposition, determinant by recursion, identity and errors
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and equally long")
        self.rows = [list(r) for r in rows]
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    def __matmul__(self, other):
        if self.shape[1] != other.shape[0]:
            raise ValueError("cannot multiply")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __mul__(self, k):
        return Matrix([[k * x for x in r] for r in self.rows])
    __rmul__ = __mul__
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def T(self):
        return Matrix([list(c) for c in zip(*self.rows)])
    def det(self):
        n, m = self.shape
        if n != m:
            raise ValueError("not square")
        if n == 1:
            return self.rows[0][0]
        return sum((-1) ** j * self.rows[0][j] * Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]]).det() for j in range(n))
    def __repr__(self):
        return "\n".join(" ".join(f"{x:>4}" for x in r) for r in self.rows)

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b, a @ b, 2 * a, a * 3, a.T(), sep="\n--\n")
print(a.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det(), Matrix.identity(3).det())
print(a @ Matrix.identity(2) == a, a == a.T().T(), a == [[1, 2], [3, 4]])
for bad in [lambda: Matrix([]), lambda: Matrix([[1], [1, 2]]), lambda: a + Matrix([[1]]), lambda: a @ Matrix([[1, 2, 3]]), lambda: Matrix([[1, 2]]).det()]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
try:
    a @ 5
except AttributeError as e:
    print(type(e).__name__, e)
