# __slots__: attribute restrictions, inheritance with and without slots, __dict__ and __weakref__ slots
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), Point.__slots__, type(Point.x).__name__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
p.x = 10
print(p.x)

class Point3(Point):
    __slots__ = ("z",)
p3 = Point3(1, 2)
p3.z = 3
print(p3.x, p3.z, hasattr(p3, "__dict__"))

class Loose(Point):
    pass
lo = Loose(1, 2)
lo.anything = "allowed"
print(lo.anything, lo.__dict__)

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)

class Single:
    __slots__ = "only"
s = Single()
s.only = "one"
print(s.only)

class Empty:
    __slots__ = ()
try:
    Empty().attr = 1
except AttributeError as e:
    print(type(e).__name__, e)

for bad in [(1,)]:
    try:
        type("Bad", (), {"__slots__": bad})
    except TypeError as e:
        print(type(e).__name__, e)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(type(e).__name__, e)

class A:
    __slots__ = ("a",)
class B:
    __slots__ = ("b",)
try:
    class AB(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(Point.x.__get__(Point(7, 8)), Point.__dict__["x"] is Point.x)

class Counter:
    __slots__ = ("count",)
    total = 0
    def __init__(self):
        self.count = 0
        Counter.total += 1
c = Counter()
print(c.total, c.count)
try:
    c.total = 5
except AttributeError as e:
    print(type(e).__name__, e)
class P:
    __slots__ = ("x",)
print(P.x.__name__, P.x.__qualname__, P.x.__objclass__, P.x.__doc__)
class Q: pass
d = Q.__dict__["__dict__"]
print(d.__name__, d.__qualname__, d.__objclass__, d.__doc__)
print(type.__dict__["__name__"].__name__, int.real.__name__, int.real.__qualname__, int.real.__doc__)
import sys
print(type(int.real).__name__, type(type.__dict__["__name__"]).__name__)
