# heapify of more than 2500 items takes CPython's cache-friendly order: the same
# comparisons as the simple order, made in another sequence. A checksum of the
# sequence of operand pairs shows it.
import _heapq

count = 0
digest = 0

class Item:
    __slots__ = ("v",)
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        global count, digest
        count += 1
        digest = (digest * 10007 + self.v * 101 + other.v) % 1000000007
        return self.v < other.v

seed = 7
vals = []
for _ in range(2600):
    seed = (seed * 1103515245 + 12345) % 2**31
    vals.append(seed % 10000)
for f in (_heapq.heapify,):
    count = digest = 0
    big = [Item(v) for v in vals]
    f(big)
    print(f.__name__, count, digest, [x.v for x in big[:10]], [x.v for x in big[-5:]])

