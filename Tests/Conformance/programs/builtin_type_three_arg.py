# type(name, bases, dict): methods, bases, __qualname__/__module__, slots, errors; type() of builtins; vars/setattr/delattr on dynamic classes
def init(self, v): self.v = v
Point = type("Point", (), {"__init__": init, "double": lambda self: self.v * 2, "kind": "pt"})
p = Point(4)
print(Point.__name__, Point.__qualname__, Point.__module__, p.double(), p.kind, Point.__bases__, type(p) is Point)
Sub = type("Sub", (Point,), {"__repr__": lambda self: f"Sub({self.v})"})
print(Sub(3), Sub.__mro__[1].__name__, issubclass(Sub, Point), Sub(1).double())
Q = type("Q", (), {"__qualname__": "Outer.Q", "__module__": "mod", "__doc__": "docstring"})
print(Q.__qualname__, Q.__module__, Q.__doc__, repr(Q))
Sl = type("Sl", (), {"__slots__": ("a", "b")})
s = Sl(); s.a = 1
print(Sl.__slots__, s.a, hasattr(s, "__dict__"))
setattr(Point, "triple", lambda self: self.v * 3); print(p.triple())
delattr(Point, "kind"); print(hasattr(p, "kind"))
print(sorted(k for k in vars(Point) if not k.startswith("__")))
print(type(1), type("s"), type(None), type(type), type(len), type(print), type([].append), type(x for x in []))
for args in [("X",), ("X", ()), ("X", (), {}, 1), (1, (), {}), ("X", 1, {}), ("X", (), 1), ("X", (1,), {}), ("X", (bool,), {})]:
    try:
        print(type(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    type("Bad", (), {"__slots__": ("x",), "x": 1})
except ValueError as e:
    print(type(e).__name__, e)
try:
    type("Dup", (int, str), {})
except TypeError as e:
    print(type(e).__name__, e)
print(type.__name__, type.__base__.__name__, type(type.__dict__).__name__, isinstance(type, object), isinstance(object, type))
C = type("C", (), {})
C.__name__ = "Renamed"; print(C.__name__, C.__qualname__, repr(C))
try:
    C.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.new_attr = 1
except TypeError as e:
    print(type(e).__name__, e)
