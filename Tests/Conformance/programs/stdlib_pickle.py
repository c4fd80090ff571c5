# gc-stress-interval: 50 (imports pickle and copy, which take minutes to load when every allocation collects)
# pickle round trips of builtin and user objects at every protocol, and its errors.
import io
import pickle


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a, self.b = a, b


class Custom:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Custom, (self.n * 2,))


values = [None, True, False, 0, -1, 2**31, -(2**63), 2**100, 1.5, float("inf"), -0.0, 3j,
          "", "text", "ünïcødé", b"", b"\x00\xff", bytearray(b"ab"), (), (1,), (1, 2, 3), [],
          [1, [2, [3]]], {}, {"a": 1, 2: "b"}, {1, 2, 3}, frozenset({4}), range(1, 10, 2),
          slice(1, 2, 3), Ellipsis, NotImplemented, Point(1, "two"), len, Point]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for v in values:
        back = pickle.loads(pickle.dumps(v, protocol=proto))
        if back != v and v == v:
            print("mismatch", proto, v, back)
print("round trips ok up to protocol", pickle.HIGHEST_PROTOCOL)

shared = [1, 2]
pair = pickle.loads(pickle.dumps([shared, shared]))
print(pair, pair[0] is pair[1])
cycle = []
cycle.append(cycle)
back = pickle.loads(pickle.dumps(cycle))
print(back[0] is back)

s = pickle.loads(pickle.dumps(Slotted(1, [2]), protocol=2))
print(type(s).__name__, s.a, s.b)
print(pickle.loads(pickle.dumps(Custom(21))).n)

print(pickle.dumps((1, "a"), protocol=0))
print(pickle.dumps([1, 2], protocol=2))
print(pickle.dumps({"k": None}, protocol=4))

buffer = io.BytesIO()
pickler = pickle.Pickler(buffer, protocol=3)
pickler.dump("first")
pickler.dump([2])
buffer.seek(0)
unpickler = pickle.Unpickler(buffer)
print(unpickler.load(), unpickler.load())

try:
    pickle.dumps(1, protocol=9)
except ValueError as e:
    print("ValueError", e)
