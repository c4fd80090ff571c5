# Calling a class: the interpreter's direct path (object.__new__ plus a Python __init__)
# must behave as type.__call__ does in every case around it.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


points = [Point(i, -i) for i in range(3)]
print([(p.x, p.y) for p in points], type(points[0]).__name__)


class Defaults:
    def __init__(self, a, b=2, *, c=3):
        self.values = (a, b, c)


print(Defaults(1).values, Defaults(1, 5).values, Defaults(1, c=9).values)


class ReturnsValue:
    def __init__(self):
        return 42


try:
    ReturnsValue()
except TypeError as e:
    print("TypeError:", e)


class Base:
    def __init__(self, name):
        self.name = name


class Child(Base):
    pass


print(Child("inherited").name)
Base.__init__ = lambda self, name: setattr(self, "name", name.upper())
print(Child("patched").name)


class WithNew:
    def __new__(cls, value):
        print("__new__", cls.__name__, value)
        return super().__new__(cls)

    def __init__(self, value):
        self.value = value


print(WithNew(7).value)


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", args)
        return super().__call__(*args)


class Managed(metaclass=Meta):
    def __init__(self, a):
        self.a = a


print(Managed(1).a)


class Wrong:
    def __init__(self, a):
        self.a = a


for args in [(), (1, 2)]:
    try:
        Wrong(*args)
    except TypeError as e:
        print("TypeError:", e)


class NotFunction:
    class __init__:
        def __init__(self, *args):
            pass


try:
    NotFunction()
except TypeError as e:
    print("TypeError:", e)


class Slotted:
    __slots__ = ("a",)

    def __init__(self, a):
        self.a = a


print(Slotted(3).a)


class ListChild(list):
    def __init__(self, items):
        super().__init__(items)
        self.extra = len(items)


lc = ListChild([1, 2])
print(lc, lc.extra)

class Raises:
    def __init__(self, n):
        if n > 1:
            raise ValueError(f"bad {n}")
        self.n = n


print(Raises(1).n)
for n in range(3):
    obj = type(points[0])(n, n)
print(obj.x)


def make(cls, *args):
    return cls(*args)


print(make(Point, 5, 6).y)
Raises(2)
