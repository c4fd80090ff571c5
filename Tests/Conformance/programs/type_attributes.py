# What classes expose: the mappingproxy __dict__, mro(), __subclasses__(), names,
# __abstractmethods__, __annotations__, layout members, dir().
class Base:
    "Base doc"
    x = 1

    def method(self):
        return "m"


class Left(Base):
    pass


class Right(Base):
    pass


class Diamond(Left, Right):
    y: int = 2
    z: str


d = Base.__dict__
print(type(d).__name__, d["x"], "method" in d, "nothing" in d, d.get("x"), d.get("nothing", "default"), len(d) > 3)
print(sorted(k for k in d.keys() if not k.startswith("__")), [v for k, v in d.items() if k == "x"])
print(type(d.copy()).__name__, sorted(d | {"extra": 1})[-1], list(reversed(Diamond.__dict__))[:1])
for bad in (lambda: d.__setitem__("x", 2), lambda: d["missing"], lambda: d.__delitem__("x")):
    try:
        bad()
    except (TypeError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    d["x"] = 5
except TypeError as e:
    print("TypeError:", e)
print(Diamond.mro() == list(Diamond.__mro__), [c.__name__ for c in Diamond.mro()], int.mro(), bool.mro())
print([c.__name__ for c in Base.__subclasses__()], Left.__subclasses__()[0].__name__, Diamond.__subclasses__())
print(Diamond.__annotations__, Base.__annotations__, Base.__doc__, Left.__doc__, int.__doc__[:14])
print(Base.__name__, Base.__qualname__, Base.__module__, int.__module__, int.__qualname__, int.__text_signature__)
Base.__qualname__ = "Renamed.Base"
Base.__name__ = "B2"
print(Base, Base.__name__, repr(Left.__base__))
Base.__module__ = "elsewhere"
print(Base, Base.__module__)
Base.__doc__ = "changed"
print(Base.__doc__)
for bad in (lambda: setattr(Base, "__name__", 5), lambda: setattr(int, "__name__", "y"),
            lambda: setattr(Base, "__qualname__", None), lambda: setattr(int, "__doc__", "d"),
            lambda: int.__abstractmethods__, lambda: type.__abstractmethods__, lambda: int.__annotations__,
            lambda: setattr(Left, "__bases__", ()), lambda: setattr(Left, "__bases__", (Diamond,)),
            lambda: setattr(Left, "__bases__", [Base])):
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


class Abstract:
    pass


Abstract.__abstractmethods__ = frozenset({"run", "stop"})
try:
    Abstract()
except TypeError as e:
    print("TypeError:", e)
Abstract.__abstractmethods__ = frozenset({"run"})
try:
    Abstract()
except TypeError as e:
    print("TypeError:", e)
Abstract.__abstractmethods__ = ()
print(type(Abstract()).__name__, Abstract.__abstractmethods__)
del Abstract.__abstractmethods__
try:
    del Abstract.__abstractmethods__
except AttributeError as e:
    print("AttributeError:", e)


class Mixin:
    def hello(self):
        return "hello"


class Target(Left):
    pass


Target.__bases__ = (Mixin, Left)
print([c.__name__ for c in Target.__mro__], Target().hello(), [c.__name__ for c in Mixin.__subclasses__()])
print(int.__basicsize__ > 0, tuple.__itemsize__, Base.__weakrefoffset__ > 0, int.__base__, object.__base__)
print(int.__flags__ & (1 << 24) != 0, list.__flags__ & (1 << 25) != 0, Base.__flags__ & (1 << 9) != 0)
print([n for n in dir(Base) if not n.startswith("__")], "__dict__" in dir(Base), "mro" in dir(type))
print(dir(object()) == sorted(object.__dict__), "__init_subclass__" in dir(1), "__class__" in dir(Base()))
print(object.__subclasshook__(), Base.__subclasshook__(), object.__init_subclass__(), object().__sizeof__())
print(Diamond().__reduce_ex__.__name__, (1).__getstate__(), Base().__getstate__())
b = Base()
b.value = 3
print(b.__getstate__(), type.__prepare__("name", ()), type.__dict__["__prepare__"])
print(object.__dict__["__new__"] is object.__new__, object.__new__.__self__, int.__new__.__name__)
print([k for k in object.__dict__][:8], [k for k in type.__dict__][:10])
print(isinstance(Base, type), isinstance(3, object), issubclass(type, object), issubclass(Diamond, (int, Right)))
try:
    issubclass(3, int)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(3, 4)
except TypeError as e:
    print("TypeError:", e)


class Checker(type):
    def __instancecheck__(cls, obj):
        return obj == "yes"

    def __subclasscheck__(cls, sub):
        return sub is int


class Anything(metaclass=Checker):
    pass


print(isinstance("yes", Anything), isinstance("no", Anything), issubclass(int, Anything), issubclass(str, Anything))
print(isinstance("yes", (int, Anything)), Checker.__instancecheck__(Anything, Anything()))


class ProxyClass:
    __class__ = int


print(isinstance(ProxyClass(), int), isinstance(ProxyClass(), ProxyClass))


class AbstractBases:
    __bases__ = (int,)


print(issubclass(AbstractBases(), int))
import math
print(len.__qualname__, [].append.__qualname__, str.join.__qualname__, int.__add__.__qualname__, (1).__add__.__qualname__)
print(object.__new__.__qualname__, dict.__dict__["fromkeys"].__qualname__, len.__module__, [].append.__module__)
print(str.join.__objclass__, int.__add__.__objclass__, len.__self__, [].append.__self__, (1).__add__.__self__)
print(math.sqrt.__module__, math.sqrt, math.sqrt.__name__, len.__name__, len.__doc__[:20], {}.get.__name__)
print(len == len, [].append == [].append, hash(len) == hash(len), int.__add__.__name__, (1).__add__.__name__, int.__add__.__doc__)
