# A sequence pattern whose star is a wildcard fetches items by index (never unpacking
# the subject); items after the star are indexed from len(). Length checks as CPython.
w = range(1 << 30)
match w:
    case x, y, *_:
        print("head", x, y)
match w:
    case *_, y, z:
        print("tail", y, z)
match w:
    case a, *_, z:
        print("ends", a, z)
match w:
    case [_, _, *_]:
        print("only wildcards")


class Logged(list):
    def __init__(self, n):
        super().__init__(i * 10 for i in range(n))
        self.n = n
    def __len__(self):
        print("  len")
        return self.n
    def __getitem__(self, i):
        print("  getitem", i)
        return super().__getitem__(i)


def check(subject):
    match subject:
        case [1, *_]:
            return "one first"
        case [a, _, *_, b]:
            return ("a b", a, b)
        case [*_]:
            return "any"

print(check(Logged(5)))
print(check(Logged(1)))
match Logged(3):
    case [*rest]:
        print("named star", rest)
match Logged(0):
    case [*_]:
        print("empty star")
match [1, 2, 3]:
    case [_, (2 | 3) as two, *_]:
        print("two", two)
