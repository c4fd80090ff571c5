# the match statement: literals, captures, sequences, mappings, classes, or, guards
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def describe(value):
    match value:
        case 0 | 1:
            return "small"
        case None:
            return "none"
        case True:
            return "true?"
        case "hello":
            return "greeting"
        case -5:
            return "minus five"
        case [x]:
            return f"one item {x}"
        case [x, y, *rest] if x == y:
            return f"pair-start {x} rest {rest}"
        case (first, *_, last):
            return f"first {first} last {last}"
        case {"type": "circle", "r": r}:
            return f"circle r={r}"
        case {"type": kind, **others}:
            return f"shape {kind} {others}"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case int(n) | float(n) if n > 100:
            return f"big number {n}"
        case str() as s:
            return f"other string {s!r}"
        case []:
            return "empty list"
        case _:
            return f"something else: {type(value).__name__}"

for v in [0, 1, None, True, "hello", -5, [7], [2, 2, 3, 4], (1, 2, 3), [1, 2],
          {"type": "circle", "r": 3}, {"type": "square", "side": 2}, Point(0, 0), Point(0, 5),
          Point(3, 3), Point(1, 2), 500, 2.5e3, "bye", [], 3.5, {}, "hello world"[:5]]:
    print(repr(v) if not isinstance(v, Point) else "Point", "->", describe(v))

command = "go north"
match command.split():
    case ["go", direction]:
        print("going", direction)
    case _:
        print("unknown")

match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)

def nested(v):
    match v:
        case [Point(x=0) as p, [1, 2] | (3, 4)]:
            return ("nested", p.y)
        case {"k": [_, {"deep": d}]}:
            return ("deep", d)
    return None

print(nested([Point(0, 9), (3, 4)]), nested({"k": [0, {"deep": "yes"}]}), nested(42))
x = 10
match x:
    case n:
        print("captured", n)
