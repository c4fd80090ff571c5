# Assigning __bases__ recomputes the MRO of every class below (CPython's
# mro_hierarchy), restoring all of them when one fails; super() accepts a proxy whose
# __class__ claims a subclass.
class C:
    pass


class C2:
    def meth(self):
        return "C2.meth"

    def __getattribute__(self, name):
        if name == "a":
            return 2
        return super(C2, self).__getattribute__(name)


class D(C):
    pass


class E(D):
    pass


class F(E):
    pass


D.__bases__ = (C2,)
print(E.__mro__)
print(F().meth(), F().a, C2.__subclasses__())


class A:
    pass


class B:
    pass


class G(A, B):
    pass


class H(A, B):
    pass


class K(G, H):
    pass


try:
    G.__bases__ = (B, A)
except TypeError as e:
    print("TypeError:", e)
print(G.__bases__, G.__mro__, K.__mro__)


class Meta(type):
    def mro(cls):
        if cls.__name__ == "Leaf" and getattr(cls, "fail", False):
            raise ValueError("no MRO for Leaf")
        return type.mro(cls)


class Top(metaclass=Meta):
    pass


class Middle(Top):
    pass


class Leaf(Middle):
    pass


class Other(metaclass=Meta):
    pass


Leaf.fail = True
try:
    Middle.__bases__ = (Other,)
except ValueError as e:
    print("ValueError:", e)
print(Middle.__bases__, Middle.__mro__, Leaf.__mro__)


class Proxy:
    def __init__(self, obj):
        self._obj = obj

    def __getattribute__(self, name):
        if name == "_obj":
            return object.__getattribute__(self, name)
        return getattr(self._obj, name)


class Base:
    def f(self):
        return "Base.f"


class Derived(Base):
    def f(self):
        return super(Derived, self).f() + "->Derived.f"


print(Derived.__dict__["f"](Proxy(Derived())))
try:
    super(Derived, Proxy(1))
except TypeError as e:
    print("TypeError:", e)
