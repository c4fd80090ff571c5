# __new__ and metaclasses: who is called, in which order, with which arguments.
class N:
    def __new__(cls):
        return 42
print(N())


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args, kwargs)
        return super().__call__(*args, **kwargs)

    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("Meta.__prepare__", name, kw)
        return {"injected": 1}


class A(metaclass=Meta, flag=True):
    x = 1

    def __init__(self, v, w=0):
        self.v = v + w

    def __init_subclass__(cls, **kw):
        print("A.__init_subclass__", cls.__name__, kw)


a = A(5, w=2)
print(a.v, type(A).__name__, A.injected, "x" in A.__dict__)


class B(A, flag=False):
    pass


print(type(B) is Meta, B.__mro__ == (B, A, object))


class Singleton:
    _instance = None

    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, *args):
        print("Singleton.__init__", args)


print(Singleton(1) is Singleton(2))


class NotInstance:
    def __new__(cls):
        return "a string"

    def __init__(self):
        print("never called")


print(NotInstance())


class Doubled(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)


d = Doubled(21)
print(d, type(d).__name__, d + 1, isinstance(d, int))


class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())


u = Upper("hello")
u.note = "kept"
print(u, len(u), u.lower(), u.note, u == "HELLO", hash(u) == hash("HELLO"), type(u).__name__)


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]


p = Point(3, 4)
p.label = "p"
print(p, p.x, p[1], len(p), p.label, p == (3, 4), type(p).__name__, p + (5,))


class Plain:
    pass


for make in (lambda: object(1), lambda: Plain(1), lambda: object.__new__(Plain, 1),
             lambda: object.__new__(int), lambda: object.__new__(Doubled), lambda: int.__new__(str),
             lambda: int.__new__(1), lambda: type("X"), lambda: type("X", (), {}, 1), lambda: type.__new__(type, "X"),
             lambda: Meta("Y", (), {}).__name__, lambda: type.__init__(Plain, 1, 2)):
    try:
        print(make())
    except TypeError as e:
        print("TypeError:", e)


class WithInit:
    def __init__(self, a):
        self.a = a


try:
    object.__new__(WithInit, 1)
except TypeError as e:
    print("TypeError:", e)
print(object.__new__(WithInit).__class__.__name__)
print(int.__new__(Doubled, 7), type(str.__new__(Upper, "q")).__name__, tuple.__new__(Point, [1, 2]))


class KwBase:
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag


class Tagged(KwBase, tag="t"):
    pass


print(Tagged.tag)
try:
    class Bad(KwBase, tag="t", extra=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(object, x=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class M2(type):
    pass


class C2(metaclass=M2):
    y = 2


print(list(C2.__dict__), type(C2.__dict__).__name__)
T = type("T", (Plain,), {"z": 3, "__qualname__": "Outer.T"})
print(T.__name__, T.__qualname__, T.z, T.__bases__, T.__module__)
try:
    type("U", (1,), {})
except TypeError as e:
    print("TypeError:", e)


class M3(type):
    def mro(cls):
        return (cls, Plain, object)


class C3(metaclass=M3):
    pass


print(C3.__mro__)


class Slotted:
    __slots__ = ("__hidden", "shown")

    def __init__(self):
        self.__hidden = 1


s = Slotted()
print(s._Slotted__hidden, sorted(k for k in Slotted.__dict__ if not k.startswith("__")), s.__getstate__())
for action in (lambda: s.shown, lambda: delattr(s, "shown")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
s.shown = 2
del s.shown
print(hasattr(s, "shown"))
