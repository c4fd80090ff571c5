# iter() and next(): defaults, sentinels, exhausted iterators, custom iterator classes and errors
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value)

print(iter(it) is it, type(iter("ab")).__name__, type(iter({})).__name__, type(iter(range(2))).__name__)
print(type(iter(())).__name__, type(iter({1})).__name__, type(iter({}.items())).__name__)

counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))

class Repeater:
    def __init__(self, value, times):
        self.value, self.times = value, times
    def __iter__(self):
        return self
    def __next__(self):
        if self.times <= 0:
            raise StopIteration("done")
        self.times -= 1
        return self.value

r = Repeater("x", 2)
print(list(r), list(r), next(r, "empty"))

class OnlyGetitem:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 10
print(list(iter(OnlyGetitem())), 20 in OnlyGetitem())

class IterReturnsNonIterator:
    def __iter__(self):
        return 5

def attempt(f, *args):
    try:
        print(f(*args))
    except TypeError as e:
        print(type(e).__name__, e)

attempt(iter, 5)
attempt(iter, IterReturnsNonIterator())
attempt(next, [1, 2])
attempt(iter, 5, 6)
attempt(iter)
attempt(next)

class NotCallable:
    pass
attempt(iter, NotCallable(), None)

def gen():
    yield 1
    return "result"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value)
print(next(g, "exhausted"))

class NoneIter:
    __iter__ = None
attempt(iter, NoneIter())
seq_it = iter([10, 20, 30])
print(seq_it.__length_hint__(), next(seq_it), seq_it.__length_hint__())
