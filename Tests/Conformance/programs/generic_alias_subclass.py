# gc-stress-interval: 50 (imports collections.abc and typing, which take minutes to load when every allocation collects)
# Subclasses of types.GenericAlias: constructed, compared, combined with |.
import collections.abc
import types

class SubClass(types.GenericAlias):
    pass

d = SubClass(list, float)
print(type(d).__name__, d, d.__origin__, d.__args__)
print(d == list[float], list[int] | d, d | int)
print(list[int] | list[str] | d | d)
try:
    SubClass(list)
except TypeError as e:
    print("TypeError:", e)
try:
    SubClass(list, int, extra=1)
except TypeError as e:
    print("TypeError:", e)

try:
    SubClass.__new__(SubClass, dict, (str, int), note="hi")
except TypeError as e:
    print("TypeError:", e)

# collections.abc.Callable[...] is a subclass with its own __new__ and __getitem__.
c = collections.abc.Callable[[int], str]
print(type(c).__name__, c, c.__args__)
from typing import TypeVar
T = TypeVar("T")
generic = collections.abc.Callable[[T], str]
print(generic[int], (int | T)[collections.abc.Callable[[int], str]])
