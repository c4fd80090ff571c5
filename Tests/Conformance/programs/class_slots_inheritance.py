# __slots__ across inheritance: slots plus a base with __dict__, empty slots, __weakref__ slot, slot descriptors on the class, errors
import weakref
class Base:
    __slots__ = ("a",)
class Child(Base):
    __slots__ = ("b",)
class Loose(Child):
    pass
c = Child(); c.a, c.b = 1, 2
print(c.a, c.b, hasattr(c, "__dict__"), type(Child.a).__name__, type(Child.__dict__["b"]).__name__, Child.__slots__)
l = Loose(); l.a = 1; l.z = "dict"; print(l.__dict__, l.a)
try:
    c.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Weak:
    __slots__ = ("v", "__weakref__")
w = Weak(); r = weakref.ref(w); print(r() is w)
try:
    weakref.ref(Child())
except TypeError as e:
    print(type(e).__name__, e)
class WithDict:
    __slots__ = ("x", "__dict__")
wd = WithDict(); wd.x = 1; wd.y = 2; print(wd.x, wd.__dict__)
s = Child()
try:
    s.a
except AttributeError as e:
    print(type(e).__name__, e)
s.a = 5; del s.a
try:
    del s.a
except AttributeError as e:
    print(type(e).__name__, e)
print(Child.a.__get__(c), Child.b.__name__, Child.b.__objclass__.__name__)
Child.b.__set__(c, 20); print(c.b)
class Over(Base):
    __slots__ = ("a",)
o = Over(); o.a = "over"; print(o.a, type(Over.a).__name__)
class Mangled:
    __slots__ = ("__private",)
    def set(self, v): self.__private = v
    def get(self): return self.__private
m = Mangled(); m.set(9); print(m.get(), [k for k in Mangled.__dict__ if "private" in k])
for bad in [lambda: type("T", (), {"__slots__": 5}), lambda: type("T", (), {"__slots__": ("1x",)}), lambda: type("T", (int,), {"__slots__": ("a",)})]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
