# match: mapping patterns with **rest, class patterns with positional and keyword subpatterns, __match_args__
def config(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} extra={rest}"
        case {"type": t}:
            return "unknown type " + t
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"

for v in [{"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 5, "colour": "red"},
          {"type": "blob"}, {"other": 1}, {}, [("type", "point")], "type"]:
    print(config(v))

class Missing(dict):
    def __missing__(self, key):
        return "default"

match Missing(a=1):
    case {"b": v}:
        print("matched missing key", v)
    case _:
        print("mapping patterns use get, not __missing__")

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, 0):
            return f"on x axis at {xx}"
        case Point3(z=zz):
            return f"3d at height {zz}"
        case Point():
            return "elsewhere"
        case int(5) | str("five"):
            return "five"
        case bool(b):
            return f"bool {b}"
        case _:
            return "not a point"

for p in [Point(0, 0), Point3(0, 0, 0), Point(0, 3), Point(4, 0), Point3(1, 2, 3), Point(1, 1), 5, "five", True, None]:
    print(where(p))

class NoArgs:
    pass

try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    match Point(1, 2):
        case Point(1, x=1):
            pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    match 1:
        case len():
            pass
except TypeError as e:
    print(type(e).__name__, e)

class BadArgs:
    __match_args__ = ["x"]
    x = 1
try:
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)

for src in ["match x:\n    case {**r, 'a': 1}:\n        pass\n",
            "match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
            "match x:\n    case P(a=1, a=2):\n        pass\n"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
