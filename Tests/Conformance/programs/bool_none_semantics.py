# bool and None: truthiness of every builtin kind, bool arithmetic, identity, and __bool__/__len__ rules
values = [0, 1, -1, 0.0, -0.0, 1e-300, 0j, 1j, "", " ", "0", [], [0], (), (None,), {}, {0: 0}, set(), frozenset([0]),
          range(0), range(1), b"", b"\x00", None, NotImplemented if False else ..., bytearray()]
print([bool(v) for v in values])
print(True + True, True * 10, False - 1, True / 2, True // 1, -True, ~True, True << 3, True & False, True | False, True ^ True)
print(type(True + True).__name__, type(True & True).__name__, isinstance(True, int), int(True), str(False), repr(True))
print(True == 1, False == 0, hash(True) == hash(1), {True: "a", 1: "b"})
print(None is None, type(None)(), None == 0, None == False, not None, bool(None), repr(None), str(None))
print(bool(), bool(0), bool("False"), True and "x", False or "y", None or 0 or "", 1 and 2 and 3, [] or {} or "last")

class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v

class Container:
    def __len__(self):
        return 0

class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0

print(bool(Flag(True)), bool(Flag(False)), bool(Container()), bool(Both()), not Container())
for bad in [Flag(1), Flag("yes")]:
    try:
        bool(bad)
    except TypeError as e:
        print(type(e).__name__, e)

class NegLen:
    def __len__(self):
        return -1
try:
    bool(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
try:
    bool.__new__(bool, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(None)(1)
except TypeError as e:
    print(type(e).__name__, e)
print(bool is type(True), True.__class__.__mro__, (1 > 0) is True, not not 5)
