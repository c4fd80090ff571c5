# Iterator types refuse keyword arguments unless a subclass's own __init__ takes them.
import operator
from itertools import (chain, compress, cycle, dropwhile, filterfalse, islice,
                       repeat, starmap, takewhile)

def is_even(x):
    return x % 2 == 0

cases = [
    (filter, (None, [0, 1])),
    (filterfalse, (None, [0, 1])),
    (chain, ([1, 2], [3, 4])),
    (map, (str, [1, 2])),
    (starmap, (operator.pow, ((2, 3), (3, 2)))),
    (islice, ([1, 2, 3, 4], 1, 3)),
    (takewhile, (is_even, [2, 3, 4])),
    (dropwhile, (is_even, [2, 3, 4])),
    (cycle, ([1, 2],)),
]
for cls, args in cases:
    class Plain(cls):
        pass
    try:
        Plain(*args, newarg=3)
    except TypeError as e:
        print("TypeError:", e)

    class WithInit(cls):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg
    u = WithInit(*args, newarg=3)
    print(cls.__name__, type(u).__name__, list(islice(u, 0, 3)), u.newarg)

    try:
        cls(*args, newarg=3)
    except TypeError as e:
        print("TypeError:", e)

try:
    filter(None)
except TypeError as e:
    print("TypeError:", e)

# length_hint takes a TypeError from __length_hint__ as "no hint".
print(operator.length_hint(repeat(None), 12), operator.length_hint(repeat(None, 5), 12))

class Raises:
    def __init__(self, exc):
        self.exc = exc
    def __length_hint__(self):
        raise self.exc
print(operator.length_hint(Raises(TypeError("no")), 7))
try:
    operator.length_hint(Raises(ValueError("bad")), 7)
except ValueError as e:
    print("ValueError:", e)
