# builtin functions: abs all any ascii bin bool callable chr divmod enumerate filter format hash hex isinstance iter len map max min next oct ord pow range repr reversed round sorted sum zip getattr vars dir-free
print(abs(-3), abs(2.5), abs(-0.0), abs(True), all([]), all([1, 0]), any([]), any([0, "", 3]), ascii("ü"), bin(10), bool(), bool([0]))
print(callable(len), callable(1), callable(lambda: 0), callable(type), chr(8364), divmod(9, 4), divmod(-9.0, 4))
print(list(enumerate("ab")), list(enumerate("ab", start=-1)), list(filter(None, [0, 1, "", "a"])), list(filter(lambda x: x > 1, range(4))))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str, range(3))), list(zip()), list(zip("ab", "xyz", [1, 2, 3])))
try:
    list(zip("ab", "xyz", strict=True))
except ValueError as e:
    print("ValueError", e)
print(max([3, 1, 2]), max(3, 1, 2), max("b", "ab", key=len), max([], default="empty"), min([(1, "b"), (1, "a")]), min(4, 2, key=lambda x: -x))
for bad in [lambda: max([]), lambda: min(), lambda: max(1), lambda: sum(["a"]), lambda: sum([1], "s"), lambda: chr(-1), lambda: ord("ab"), lambda: pow(2, 3, 0), lambda: round("x"), lambda: divmod(1, 0), lambda: abs("x"), lambda: len(), lambda: next(5), lambda: hash([])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum([0.5, 0.25]), sum(range(10**5)), sum([], 0.0))
print(pow(2, 10), pow(2.0, 3), pow(5, 3, 7), pow(-1, 0.5) if False else "", oct(64), ord("€"), repr("a\tb"), repr(3.0), repr([None, True]))
print(list(range(3)), list(range(2, 8, 2)), list(range(10, 0, -3)), list(range(0)), range(5)[2], range(1, 10, 2)[-1], len(range(0, 100, 7)))
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError", e)
print(repr(range(3)), repr(range(1, 9, 2)))
print(sorted("hello"), sorted([3, 1, 2], key=lambda x: -x), sorted({3: 1, 1: 2}), list(reversed("abc")), list(reversed(range(3))))
it = iter([1, 2, 3]); print(next(it), list(it), next(it, "done"))
print(isinstance(1, int), isinstance(1, (str, float)), isinstance(True, int), isinstance(None, type(None)), issubclass(int, object))
print(hash(1) == hash(1.0), hash("a") == hash("a"), hash(()) == hash(()), hash(-1), hash(-2), hash(2**61), hash(2**61 - 1), hash(10**20))
print(getattr(1, "real"), getattr([], "nope", None), hasattr("", "upper"), len("four"), len([1]), len({1: 2}), len(range(5)))
print(format(0.5, ".1%"), format(7, "b"), format(-7, "#x"), id(1) == id(1), type(id(1)).__name__)
print(round(3.14159, 2), round(-1.5), round(1234, -2), round(0.125, 2), round(5, 0), round(2.5, None))
print(int(), float(), str(), list(), dict(), tuple(), set(), frozenset(), complex_absent := "ok")
print(vars(type("T", (), {"a": 1})())["a"] if False else "", globals()["__name__"], "print" in dir(__builtins__) if False else "", locals() is globals())
def show_locals(a, b=2):
    c = 3
    return sorted(locals().items())
print(show_locals(1))
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("[i for i in range(3)]"))
ns = {}
exec("y = 5\ndef f(): return y * 2", ns); print(ns["y"], ns["f"]())
print(list(map(pow, [2, 3], [3, 2])), min("abc", "abd"), max(1, 2.5), max(True, 0))
print(object.__name__, NotImplemented, Ellipsis, ..., None, type(...).__name__, type(NotImplemented).__name__)
