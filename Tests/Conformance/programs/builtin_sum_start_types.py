# sum(): start values of many types, float accuracy order, refusing str/bytes/bytearray starts, objects with __add__/__radd__, big ints
print(sum([]), sum([], 10), sum(range(101)), sum([1.5, 2.5]), sum([1, 2.5, 3j]), sum([True, True, False]), sum([2**64, 2**64]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum(x / 3 for x in range(4)))
for bad in [lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum([bytearray(b"a")], bytearray()), lambda: sum(["a", "b"]),
            lambda: sum([1, "x"]), lambda: sum(5), lambda: sum([[1]], start=None), lambda: sum([1], 2, 3)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
class Acc:
    def __init__(self, parts=()): self.parts = tuple(parts)
    def __add__(self, o): return Acc(self.parts + (o,))
    def __radd__(self, o): return Acc((o,) + self.parts)
    def __repr__(self): return f"Acc{self.parts}"
print(sum([1, 2], Acc()), sum([Acc(["x"]), 5]), sum([], Acc()), sum(iter([1, 2, 3]), start=100))
print(sum([1, 2**62, 2**62]), type(sum([1, 2.0])).__name__, type(sum([True])).__name__, sum([-0.0]), sum([-0.0], -0.0), sum([0.0, -0.0]))
