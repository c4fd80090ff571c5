# pattern matching: literals, captures, wildcards, sequences with star, mappings with rest, class patterns, or, as, guards, value patterns
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x = x; self.y = y
class Color:
    RED = "red"
    BLUE = "blue"
def describe(v):
    match v:
        case None: return "None"
        case True: return "True"
        case 0 | 1 | 2: return f"small int {v}"
        case -5: return "minus five"
        case 1.5: return "float"
        case "hello": return "greeting"
        case Color.RED: return "the color red"
        case int(n) if n > 100: return f"big int {n}"
        case int() | float(): return f"number {v}"
        case str() as s if len(s) > 3: return f"long str {s}"
        case str(s): return f"short str {s}"
        case []: return "empty seq"
        case [x]: return f"one {x}"
        case [x, y]: return f"two {x} {y}"
        case [first, *rest] if first == "cmd": return f"command {rest}"
        case [_, *middle, last]: return f"many, middle {middle}, last {last}"
        case {"type": "circle", "r": r}: return f"circle r={r}"
        case {"type": t, **rest}: return f"typed {t} rest {rest}"
        case {}: return "some mapping"
        case Point(x=0, y=0): return "origin"
        case Point(0, y): return f"on y axis {y}"
        case Point(x, y) if x == y: return f"diagonal {x}"
        case Point(x=px): return f"point x={px}"
        case (1, 2) | (2, 1): return "unreachable tuple"
        case _: return f"other {type(v).__name__}"
for v in [None, True, False, 0, 2, -5, 1.5, "hello", "red", 500, 7, 2.5, "abcdef", "ab", [], [1], (1, 2), ["cmd", "a", "b"], [1, 2, 3, 4],
          {"type": "circle", "r": 3}, {"type": "sq", "side": 2, "c": 1}, {"other": 1}, Point(0, 0), Point(0, 5), Point(3, 3), Point(4, 1), {1, 2}, "x" * 3]:
    print(repr(v) if not isinstance(v, Point) else f"Point({v.x},{v.y})", "->", describe(v))
def nested(v):
    match v:
        case [Point(x=0) as p, [a, b] | (a, b, _)]: return f"nested {p.y} {a} {b}"
        case {"k": [1, *_, {"deep": d}]}: return f"deep {d}"
        case [*_, (1 | 2) as last]: return f"ends with {last}"
        case str() | bytes(): return "text"
    return "no match"
print(nested([Point(0, 9), [1, 2]]), nested([Point(0, 1), (3, 4, 5)]), nested({"k": [1, 2, {"deep": "x"}]}), nested([5, 6, 2]), nested("s"), nested([]))
match (1, 2):
    case (a, b): print("bound after match", a, b)
match {"a": 1, "b": 2}:
    case {"a": 1}: print("mapping partial match")
match "str":
    case [*chars]: print("str is sequence?")
    case _: print("str is not a sequence pattern")
x = 5
match x:
    case y:
        print("irrefutable capture", y)
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1): pass
except TypeError as e:
    print("TypeError", e)
match 3:
    case 1 | 2:
        print("no")
    case n if n % 2:
        print("odd guard", n)
