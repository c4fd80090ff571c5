# hash(): numbers that compare equal hash equal, tuples, frozensets, user __hash__ and unhashable types
print(hash(0), hash(1), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(2**100))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.5), hash(1.5), hash(1e100), hash(float("inf")), hash(float("-inf")))
print(hash(True), hash(False), hash(None) == hash(None), hash(3 + 0j) == hash(3), hash(1j))
print(hash((1, 2)) == hash((1, 2)), hash(()), hash((1,)), hash(((1, 2), 3)))
print(hash(frozenset()), hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])))
print(hash(range(3)) == hash(range(0, 3)), hash(range(0)) == hash(range(5, 5)))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))

print(hash(Point(1, 2)) == hash((1, 2)), len({Point(1, 2), Point(1, 2), Point(2, 1)}))

class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__)

class BigHash:
    def __hash__(self):
        return 2**70
print(hash(BigHash()) == hash(2**70))

class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))

class BadHash:
    def __hash__(self):
        return "no"

class NoneHash:
    __hash__ = None

for obj in [[1], {1: 2}, {1}, EqOnly(), BadHash(), NoneHash(), (1, [2]), bytearray(b"x")]:
    try:
        hash(obj)
    except TypeError as e:
        print(type(e).__name__, e)

class IntSub(int):
    pass
print(hash(IntSub(5)), hash(float(2**53)), hash(-(2**53)))
print(hash(1e-300) == hash(1e-300), hash(2.0**-1074))
d = {1: "int", 1.0: "float", True: "bool"}
print(d)
