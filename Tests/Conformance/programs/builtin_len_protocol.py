# len() over builtin containers and __len__ results: bools, big ints, negatives, non-ints
print(len(""), len("héllo"), len(b"ab"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10, 0, -3)))
print(len(frozenset("aab")), len({}.keys()), len({1: 1}.items()), len(bytearray(5)), len(range(2**10)))

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

print(len(Sized(3)), len(Sized(True)), bool(Sized(0)), bool(Sized(2)))

class IndexLike:
    def __index__(self):
        return 4
print(len(Sized(IndexLike())))

for n in [-1, 2**63, 1.5, "3", None]:
    try:
        print(len(Sized(n)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

for obj in [5, None, iter([]), (x for x in []), object()]:
    try:
        len(obj)
    except TypeError as e:
        print(type(e).__name__, e)

try:
    len(range(2**64))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len([], [])
except TypeError as e:
    print(type(e).__name__, e)

class Raises:
    def __len__(self):
        raise RuntimeError("len failed")
try:
    len(Raises())
except RuntimeError as e:
    print(type(e).__name__, e)
