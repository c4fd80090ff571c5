# match: sequence patterns with star captures, nesting, and which types count as sequences
def shape(x):
    match x:
        case []:
            return "empty"
        case [single]:
            return f"one: {single}"
        case [first, second]:
            return f"two: {first}, {second}"
        case [first, *middle, last] if not middle:
            return "impossible"
        case [0, *rest]:
            return f"starts with 0, rest {rest}"
        case [*init, 9]:
            return f"ends with 9, init {init}"
        case [(a, b), *_, (c, d)]:
            return f"pairs {a}{b} {c}{d}"
        case [_, _, *_]:
            return "three or more"
        case _:
            return "not a sequence"

cases = [[], [1], (1, 2), [0, 5, 6], (4, 5, 9), [(1, 2), 0, (3, 4)], [1, 2, 3, 4],
         "ab", b"ab", bytearray(b"ab"), {1: 2}, range(3), 7, {1, 2}]
for c in cases:
    print(repr(c), "->", shape(c))

def nested(x):
    match x:
        case [[1, 2], [3, *r]]:
            return ("nested", r)
        case [int() | float() as n, str() as s]:
            return ("typed", n, s)
        case (x1, y1), (x2, y2):
            return ("points", x1 + x2, y1 + y2)
    return None

print(nested([[1, 2], [3, 4, 5]]))
print(nested([1.5, "s"]))
print(nested(((1, 2), (3, 4))))
print(nested([1, 2, 3]))

class MySeq:
    def __init__(self, *items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]

import _collections
dq = _collections.deque([1, 2, 3])
match dq:
    case [1, *rest]:
        print("deque matched", rest)

match MySeq(1, 2):
    case [a, b]:
        print("custom sequence matched")
    case _:
        print("custom class without Sequence registration is not a sequence")

def gen():
    yield 1
match gen():
    case [x]:
        print("generator matched")
    case _:
        print("generator is not a sequence")

try:
    compile("match x:\n    case [*a, *b]:\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print(e.msg)
