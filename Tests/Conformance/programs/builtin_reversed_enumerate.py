# reversed() and enumerate(): sequences, __reversed__, start values, laziness and errors
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(0, 10, 3))), list(reversed((1,))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.values())), list(reversed({"a": 1}.items())))
print(list(enumerate("ab")), list(enumerate("ab", 10)), list(enumerate([], 5)), list(enumerate("x", start=-1)))
print(list(enumerate(range(3), 2**64)))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __reversed__(self):
        return iter(range(1, self.n + 1))
    def __iter__(self):
        return iter(range(self.n, 0, -1))
print(list(Countdown(3)), list(reversed(Countdown(3))))

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
print(list(reversed(Seq())))

r = reversed([1, 2, 3])
print(next(r), r.__length_hint__(), list(r), list(r))
e = enumerate("xyz")
print(next(e), list(e))

def attempt(f, *args):
    try:
        print(list(f(*args)))
    except TypeError as ex:
        print(type(ex).__name__, ex)

attempt(reversed, {1, 2})
attempt(reversed, 5)
attempt(reversed, iter([1]))
attempt(reversed, (x for x in []))
attempt(enumerate, 5)
attempt(enumerate, [1], "a")
attempt(reversed)
attempt(enumerate)

class NoneReversed:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
attempt(reversed, NoneReversed())
lst = [1, 2, 3]
it = reversed(lst)
lst.pop()
print(list(it))
print(type(reversed([])).__name__, type(reversed(range(1))).__name__, type(enumerate([])).__name__)
