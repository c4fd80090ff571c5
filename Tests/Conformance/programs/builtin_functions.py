# builtin functions over iterables and objects
words = ["pear", "fig", "apple", "kiwi"]
print(list(enumerate(words, 1)), list(zip(words, range(10))), list(map(len, words)))
print(list(filter(lambda w: "i" in w, words)), list(filter(None, [0, 1, "", "a", None])))
print(list(reversed(words)), list(reversed(range(5))), list(reversed((1, 2, 3))))
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(min(words), max(words, key=len), min([], default="empty"), max(3, 7, 5))
print(sum(range(101)), sum([[1], [2]], []), any([]), all([]), any(x > 3 for x in [1, 5]))
print(list(zip()), list(zip("ab", "cd", "ef")), dict(zip("abc", range(3))))
print(abs(-3), divmod(17, 5), pow(2, 10), pow(2, 10, 1000), round(7.25, 1), chr(65), ord("z"))
print(hex(255), oct(8), bin(10), int("101", 2), repr("x"), ascii("héllo"), format(5))
print(isinstance(3, (str, int)), issubclass(bool, int), callable(len), callable(3))
print(len({1: 2}), len("abc"), len([1, 2]), len(range(0, 10, 3)), type(3) is int)
class Box:
    def __init__(self):
        self.value = 1
b = Box()
print(getattr(b, "value"), getattr(b, "nope", None), hasattr(b, "value"))
setattr(b, "other", 2)
delattr(b, "value")
print(vars(b), [n for n in dir(b) if not n.startswith("_")])
def scope():
    a, b = 1, 2
    return sorted(locals())
print(scope())
it = iter([10, 20])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
for bad in ["len(5)", "min([])", "chr(-1)", "ord('ab')", "list(zip([1], [2, 3], strict=True))", "sorted([1, 'a'])", "reversed(5)"]:
    try:
        eval(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
