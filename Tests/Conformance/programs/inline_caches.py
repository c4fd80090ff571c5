# Specialised attribute and global instructions must see every change CPython sees.
import math
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y


def read_x(objects):
    return [o.x for o in objects]


points = [Point(i, i + 1) for i in range(5)]
print(read_x(points))
# A different dict layout at the same instruction.
odd = Point(0, 0)
del odd.x
odd.z = 1
odd.x = "late"
print(read_x(points + [odd]))


class Other:
    x = "class attribute"


print(read_x([Other(), points[0], Other()]))


# Methods: the class changes under a warm call site.
def call_norm(p):
    return p.norm()


for _ in range(3):
    print(call_norm(points[2]))
Point.norm = lambda self: "replaced"
print(call_norm(points[2]))
points[2].norm = lambda: "instance wins"
print(call_norm(points[2]))
del points[2].norm
del Point.norm
try:
    call_norm(points[2])
except AttributeError as e:
    print("AttributeError:", e)


# A base class changes: subclasses see it.
class Base:
    def who(self):
        return "base"


class Derived(Base):
    pass


def who(o):
    return o.who()


d = Derived()
print(who(d), who(d))
Base.who = lambda self: "patched base"
print(who(d))
Derived.who = lambda self: "derived"
print(who(d))


# Class attributes read through instances and through the class.
class Config:
    limit = 10


def limit_of(c):
    return c.limit


def class_limit():
    return Config.limit


c = Config()
print(limit_of(c), class_limit())
Config.limit = 20
print(limit_of(c), class_limit())
c.limit = 30
print(limit_of(c), class_limit())
del c.limit
del Config.limit
for f in (lambda: limit_of(c), class_limit):
    try:
        f()
    except AttributeError as e:
        print("AttributeError:", e)


# __slots__ members: set, read, deleted.
class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


def read_a(s):
    return s.a


def write_b(s, v):
    s.b = v


s = Slotted()
for v in range(3):
    write_b(s, v)
print(read_a(s), s.b)
del s.a
try:
    read_a(s)
except AttributeError as e:
    print("AttributeError:", e)


# Instance stores keep going to the right entry.
def bump(p):
    p.x = p.x + 1


q = Point(1, 2)
for _ in range(5):
    bump(q)
print(q.x, q.y, vars(q))
q.__dict__.clear()
try:
    bump(q)
except AttributeError as e:
    print("AttributeError:", e)


# __class__ assignment changes which cache applies.
class A:
    def name(self):
        return "A"


class B:
    def name(self):
        return "B"


def name(o):
    return o.name()


o = A()
print(name(o), name(o))
o.__class__ = B
print(name(o))


# Modules: attribute loads and method-style calls.
def root(v):
    return math.sqrt(v)


print(root(16.0), root(25.0))
math.sqrt = lambda v: "patched sqrt"
print(root(16.0))
del math.sqrt
try:
    root(4.0)
except AttributeError as e:
    print("AttributeError:", e)


# Globals and builtins: definitions, shadowing, deletion.
def use_len(x):
    return len(x)


print(use_len("abc"), use_len([1]))
len = lambda x: "global len"
print(use_len("abc"))
del len
print(use_len("abcd"))
import builtins
saved = builtins.len
builtins.len = lambda x: "builtin replaced"
print(use_len("abc"))
builtins.len = saved
print(use_len("ab"))


def use_counter():
    return counter


counter = 1
print(use_counter())
counter = 2
print(use_counter())
del counter
try:
    use_counter()
except NameError as e:
    print("NameError:", e)


# Properties and data descriptors win over the instance dict.
class WithProperty:
    def __init__(self):
        self.__dict__["value"] = "from dict"

    @property
    def value(self):
        return "from property"


def value_of(w):
    return w.value


w = WithProperty()
print(value_of(w), value_of(w))
del WithProperty.value
print(value_of(w))


# A metaclass attribute, then a class attribute of the same name.
class Meta(type):
    tag = "meta"


class UsesMeta(metaclass=Meta):
    pass


def tag_of(cls):
    return cls.tag


print(tag_of(UsesMeta), tag_of(UsesMeta))
UsesMeta.tag = "own"
print(tag_of(UsesMeta))
print(sys.getrecursionlimit())


# One site, several subclasses: same layout, a different layout, a property.
class Shape:
    def __init__(self, n):
        self.n = n
        self.label = type(self).__name__

    def describe(self):
        return f"{self.label}:{self.n}"

    def grow(self):
        self.n = self.n + 1


class Square(Shape):
    pass


class Circle(Shape):
    pass


class Odd(Shape):
    def __init__(self, n):
        self.extra = "first"
        super().__init__(n)


class Computed(Shape):
    @property
    def label(self):
        return "computed"

    @label.setter
    def label(self, value):
        pass


shapes = [Square(1), Circle(2), Odd(3), Computed(4), Shape(5)]
for _ in range(3):
    for sh in shapes:
        sh.grow()
    print([sh.describe() for sh in shapes])
Circle.describe = lambda self: "circle override"
print([sh.describe() for sh in shapes])


# Instances of var-sized builtins' subclasses keep their dict after the items.
class Text(str):
    def shout(self):
        return self.upper() + self.mark


class Number(int):
    def twice(self):
        return self * 2 + self.extra


values = []
for i in range(4):
    t = Text("ab" * i)
    t.mark = "!"
    n = Number(i)
    n.extra = 10
    values.append((t.shout(), n.twice(), t.mark, n.extra))
print(values)
