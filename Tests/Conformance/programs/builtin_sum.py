# sum(): start values, floats, big ints, lists and tuples, user __add__/__radd__, and refused strings
print(sum([1, 2, 3]), sum([], 10), sum(range(101)), sum([0.1] * 10), sum([1, 2.5]), sum([True, True, False]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([2**64, 2**64]), sum(x * x for x in range(4)))
print(sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]), sum([1, 2], start=5), sum([], start=[]))
print(sum([1j, 2, 0.5]), sum([float("inf"), 1]), sum([-0.0]), sum([], -0.0), sum([-0.0, 0.0]))

class Vec:
    def __init__(self, *c):
        self.c = c
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(*(a + b for a, b in zip(self.c, other.c)))
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __repr__(self):
        return f"Vec{self.c}"

print(sum([Vec(1, 2), Vec(3, 4), Vec(5, 6)]))
print(sum([Vec(1, 1)], Vec(10, 10)))

def attempt(*args, **kwargs):
    try:
        print(sum(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)

attempt(["a", "b"], "")
attempt([b"a"], b"")
attempt([bytearray(b"a")], bytearray())
attempt([1, "a"])
attempt(5)
attempt()
attempt([Vec(1)], 1)
attempt([[1]])
print(sum([2**62, 2**62, 2**62]), sum([-(2**63), -1]), sum([1, 2**63]))
print(sum(iter([1.5, 2.5]), 1), sum({1: "a", 2: "b"}), sum({3, 4}))
