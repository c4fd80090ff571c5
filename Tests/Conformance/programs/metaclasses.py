# metaclasses and class creation that avoid overriding __new__: __prepare__, metaclass methods and attributes, type() with three args, __init_subclass__
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw); return {"injected": 1}
    def describe(cls): return f"{cls.__name__} with x={cls.x}"
    meta_attr = "from meta"
class Thing(metaclass=Meta):
    x = 1
    def __init__(self, v): self.v = v
t = Thing(5); print(t.v, Thing.injected, type(Thing).__name__, isinstance(Thing, Meta), Thing.describe(), Thing.meta_attr, hasattr(t, "meta_attr"))
class SubThing(Thing): y = 2
print(type(SubThing) is Meta, SubThing.describe(), SubThing.x)
Dyn = type("Dyn", (object,), {"a": 1, "get": lambda self: self.a * 2})
print(Dyn().get(), Dyn.__name__, Dyn.a, type(Dyn))
Dyn2 = type("Dyn2", (Dyn,), {"a": 5})
print(Dyn2().get(), Dyn2.__mro__[1] is Dyn, Dyn2.__bases__[0].__name__)
M2 = type("M2", (type,), {"hello": lambda cls: "hello " + cls.__name__})
Y = M2("Y", (), {}); print(type(Y).__name__, Y.hello())
class Registry:
    subclasses = []
    def __init_subclass__(cls, prefix="", **kw):
        cls.label = prefix + cls.__name__; Registry.subclasses.append(cls.__name__); print("init_subclass", cls.__name__, kw)
class Alpha(Registry): pass
class Beta(Registry, prefix="b_", extra=1): pass
class Gamma(Beta): pass
print(Registry.subclasses, Alpha.label, Beta.label, Gamma.label, hasattr(Registry, "label"))
try:
    type("X", (), {}, 1)
except TypeError as e:
    print("TypeError", e)
print(type(1).__name__, type("x") is str, type.__name__, type(int), isinstance(type, type), issubclass(Meta, type), isinstance(Thing, type))
def make_class(n):
    class K:
        num = n
        def get(self): return self.num
    return K
K1, K2 = make_class(1), make_class(2)
print(K1().get(), K2().get(), K1 is K2, K1.__qualname__)
