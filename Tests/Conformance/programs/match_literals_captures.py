# match: literal, capture, wildcard, value, or and as patterns, guards
import math

class Colour:
    RED = "red"
    GREEN = "green"

def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case True:
            return "true"
        case None:
            return "none"
        case "hello" | "hi" as greeting:
            return "greeting " + greeting
        case Colour.RED:
            return "colour red"
        case math.pi:
            return "pi"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary"
        case -3 + 4j:
            return "complex"
        case b"bytes":
            return "bytes"
        case int(n) if n > 100:
            return f"big {n}"
        case str() as s if len(s) > 3:
            return "long string " + s
        case other:
            return "other " + repr(other)

for v in [0, 2, True, False, None, "hi", "red", math.pi, -1, 1.5, 2j, -3 + 4j, b"bytes", 500, "abcdef", "ab", 50]:
    print(repr(v), "->", describe(v))

def first_match(x):
    match x:
        case _ if x < 0:
            return "negative"
        case _:
            return "non-negative"

print(first_match(-5), first_match(5))

y = "unchanged"
match 42:
    case y:
        pass
print("capture binds:", y)

match 3:
    case (1 | 2 | 3) as z:
        print("grouped or", z)

for src in ["match x:\n    case a:\n        pass\n    case 1:\n        pass\n",
            "match x:\n    case a | 1:\n        pass\n",
            "match x:\n    case _ | 1:\n        pass\n",
            "match x:\n    case (a | b):\n        pass\n"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
