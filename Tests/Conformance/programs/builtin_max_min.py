# max() and min(): iterables vs positional arguments, key, default, ties, and error messages
print(max(3, 1, 2), min(3, 1, 2), max([4, 9, 2]), min("hello"), max("apple", "pear", "fig"))
print(max([1, 3, 2], key=lambda x: -x), min(["bb", "a", "ccc"], key=len), max("ab", "cd", key=str.upper))
print(max([], default="empty"), min((), default=None), max([5], default=0), min(iter([]), default=[]))
print(max([(1, "b"), (1, "a"), (0, "z")]), min([2.5, 2, 3]), max(True, 2), max(-0.0, 0.0), min(0.0, -0.0))

pairs = [("x", 3), ("y", 5), ("z", 5), ("w", 1)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]))
print(max(pairs, key=lambda p: p[1])[0], "first maximal item wins")
print(max({"a": 3, "b": 1}), max({"a": 3, "b": 1}.items(), key=lambda kv: kv[1]))
print(max(range(10), key=lambda n: n % 4), min(x * x for x in range(-3, 3)))

def attempt(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

attempt(max, [])
attempt(min, ())
attempt(max)
attempt(max, 1)
attempt(max, 1, 2, default=0)
attempt(max, [1, "a"])
attempt(min, [1, 2], key=5)
attempt(max, [1], foo=1)
attempt(min, 1, "x")
attempt(max, [1, 2], [3], key=len)

class Score:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("  lt", self.v, other.v)
        return self.v < other.v
    def __gt__(self, other):
        print("  gt", self.v, other.v)
        return self.v > other.v
    def __repr__(self):
        return f"Score({self.v})"

print(max(Score(1), Score(3), Score(2)))
print(min(Score(1), Score(3), Score(0)))
print(max([[1, 2], [1, 3], [0, 9]]), min("b", "B", "a"))
print(max(1, 2, key=None), min([3, 1], key=None))
