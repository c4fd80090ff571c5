# Iterators whose own callbacks advance or exhaust them again while they run.
from itertools import groupby, pairwise

# iter(callable, sentinel): the callable exhausts its own iterator first.
def spam():
    if spam.inner:
        return "no more"
    spam.inner = True
    print("inner drained:", list(spam.iterator))
    return "has more"
spam.inner = False
spam.iterator = iter(spam, "no more")
try:
    print(next(spam.iterator))
except StopIteration:
    print("StopIteration")
print(list(spam.iterator))

# The sentinel is compared as sentinel == value, identity first.
class Odd:
    def __eq__(self, other):
        print("Odd.__eq__ called with", type(other).__name__)
        return False
sentinel = Odd()
values = iter([1, sentinel, 2])
print(list(iter(lambda: next(values), sentinel)))

# A groupby key whose __eq__ advances the grouper being read.
class K:
    def __init__(self, v):
        pass
    def __eq__(self, other):
        global calls
        calls += 1
        if calls == 1:
            print("re-entered:", next(g, "nothing"))
        return True
calls = 0
g = next(groupby(range(10), K))[1]
for j in range(3):
    print(next(g, "end"))

# The same with the groupby itself advanced from the key's __eq__.
class Key:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        global calls
        calls += 1
        if calls == 1:
            print("outer advanced:", next(outer, None) is not None)
        return self.v // 3 == other.v // 3
calls = 0
outer = groupby(range(10), Key)
first = next(outer)
print(list(first[1]))
print([(k.v, list(grp)) for k, grp in outer])

# pairwise whose source iterator calls next() on the pairwise again.
def check(reenter_at, count):
    class I:
        n = 0
        def __iter__(self):
            return self
        def __next__(self):
            self.n += 1
            if self.n in reenter_at:
                return next(it)
            return [self.n]
    it = pairwise(I())
    print(sorted(reenter_at), [next(it) for _ in range(count)])

check({1}, 2)
check({2}, 3)
check({3}, 4)
check({1, 2}, 2)
check({1, 3}, 2)
check({1, 4}, 3)
check({2, 3}, 3)

def check_stop(maxcount):
    class I:
        n = 0
        def __iter__(self):
            return self
        def __next__(self):
            if self.n >= maxcount:
                raise StopIteration
            self.n += 1
            if self.n == 1:
                return next(it, None)
            return [self.n]
    it = pairwise(I())
    print(maxcount, list(it))

for m in range(1, 5):
    check_stop(m)

# An error from the source exhausts the pairwise.
def failing():
    yield 1
    yield 2
    raise ValueError("boom")
p = pairwise(failing())
print(next(p))
try:
    next(p)
except ValueError as e:
    print("ValueError", e)
print(list(p))
