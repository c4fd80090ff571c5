# range containment and equality, hex/oct/bin of big ints, the __getattr__ fallback
print(5 in range(10), 500 in range(0, 1000, 5), 3 in range(0, 10, 2), -1 in range(-5, 0), 10 in range(10))
print(range(1, 5) == range(1, 5), range(0) == range(2, 1), range(0, 3, 2) != range(0, 4, 2), range(3) == [0, 1, 2])
print(hex(2**64), oct(-8), bin(True), hex(-255), hex(0), bin(2**70 + 1), oct(10**20))
class Dynamic:
    known = "class attribute"
    def __init__(self):
        self.own = "instance attribute"
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:] * 2
        raise AttributeError(f"no {name!r} here")
    def method(self):
        return "method"
d = Dynamic()
print(d.own, d.known, d.method(), d.x_ab, getattr(d, "x_q"), hasattr(d, "missing"))
try:
    d.missing
except AttributeError as e:
    print("AttributeError:", e)
