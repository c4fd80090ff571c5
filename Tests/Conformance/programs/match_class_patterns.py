# match statement: class patterns with __match_args__, keyword patterns, builtin-type patterns, guards, nested or-patterns, as-captures
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, c, r): self.center, self.r = c, r
def describe(shape):
    match shape:
        case Point(0, 0): return "origin"
        case Point(x, 0) | Point(0, x): return f"on an axis at {x}"
        case Point(x=x, y=y) if x == y: return f"diagonal {x}"
        case Circle(Point(0, 0) as c, r=r) if r > 10: return f"big circle at origin r={r}"
        case Circle(center=Point(x, y), r=1): return f"unit circle at {x},{y}"
        case Circle(): return "some circle"
        case int(n) | float(n) if n < 0: return f"negative number {n}"
        case int() | float(): return "number"
        case str(s) if s.isdigit(): return f"digit string {s}"
        case [Point() as p, *rest]: return f"points starting with {p.x},{p.y} and {len(rest)} more"
        case {"type": "point", "at": (x, y)}: return f"dict point {x},{y}"
        case bool(): return "unreachable, bool is an int"
        case _: return f"unknown {type(shape).__name__}"
for s in [Point(0, 0), Point(3, 0), Point(0, 4), Point(2, 2), Point(1, 2), Circle(Point(0, 0), 11), Circle(Point(2, 3), 1), Circle(Point(1, 1), 5),
          -3, 2.5, True, "123", "abc", [Point(1, 2), Point(3, 4)], {"type": "point", "at": (5, 6)}, {"type": "point", "at": [7, 8]}, None]:
    print(describe(s))
class NoArgs: pass
try:
    match NoArgs():
        case NoArgs(1): pass
except TypeError as e:
    print(type(e).__name__, e)
class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2): pass
except TypeError as e:
    print(type(e).__name__, e)
match (1, [2, 3]):
    case (1, [2, 3] as inner) as whole:
        print("captured", inner, whole)
match 5:
    case 1 | 2 | 3: print("small")
    case other: print("other", other)
