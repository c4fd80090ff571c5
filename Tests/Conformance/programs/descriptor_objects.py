# Attributes and reductions of descriptors and bound methods: member/getset descriptor names,
# __reduce__ of builtin callables, bound-method equality and hashing, cells comparing by contents,
# staticmethod/classmethod wrapping (__dict__, __repr__, __isabstractmethod__), super's members and __get__
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

class Slots:
    __slots__ = ("x",)
for d in (int.__dict__["real"], Slots.__dict__["x"], type.__dict__["__base__"], type.__dict__["__dict__"]):
    print(type(d).__name__, d.__name__, d.__qualname__, d.__objclass__.__name__, d.__doc__ is None or type(d.__doc__).__name__)
show("member reduce", lambda: Slots.__dict__["x"].__reduce__()[1][0].__name__ + "." + Slots.__dict__["x"].__reduce__()[1][1])
show("member reduce", lambda: type.__dict__["__base__"].__reduce__()[1])
show("method_descriptor", str.join.__reduce__)
show("wrapper_descriptor", object.__init__.__reduce__)
show("method-wrapper", lambda: (1).__add__.__reduce__()[1])
show("builtin", len.__reduce__)
show("builtin bound", lambda: [].append.__reduce__()[1])
show("builtin bound", lambda: dict.fromkeys.__reduce__()[1])
show("reduce args", lambda: len.__reduce__(1))
show("slice", slice(1, 2).__reduce__)
show("slice", slice(None, "a", [3]).__reduce__)
show("NotImplemented", NotImplemented.__reduce__)
show("Ellipsis", Ellipsis.__reduce__)

class A:
    def m(self): pass
    def __eq__(self, other): return True
    __hash__ = object.__hash__
a, b = A(), A()
print(a.m == a.m, a.m != a.m, a.m == b.m, hash(a.m) == hash(a.m), {a.m: 1}[a.m])
print(a.m == A.m, a.m.__eq__(1), a.m.__ne__(a.m))
show("method reduce", lambda: a.m.__reduce__()[1][1])
print(a.__str__ == a.__str__, a.__str__ != a.__str__, a.__str__ == b.__str__, hash(a.__str__) == hash(a.__str__))
print((1).__add__ == (1).__add__, [].append == [].append)
show("method lt", lambda: a.m < a.m)

def closure(v):
    return (lambda: v).__closure__[0]
class types:
    CellType = type(closure(0))
c, d = types.CellType(), types.CellType(1)
print(c == d, c < d, d < c, c == types.CellType(), d == types.CellType(1), d < types.CellType(2), d >= types.CellType(1))
print(types.CellType.__hash__, repr(types.CellType(0))[:8])
show("cell hash", lambda: hash(c))
show("cell args", lambda: types.CellType(1, 2))
show("cell kw", lambda: types.CellType(x=1))
show("cell compare", lambda: d < types.CellType("a"))
print(d.cell_contents, d == 1)

def f(x: int):
    "doc of f"
s, cm = staticmethod(f), classmethod(f)
print(s.__name__, s.__qualname__, s.__doc__, s.__module__, s.__annotations__, sorted(s.__dict__))
print(cm.__name__, sorted(cm.__dict__), cm.__wrapped__ is f, cm.__func__ is f)
print(staticmethod(len).__dict__)
print(repr(staticmethod(len)), repr(classmethod(len)))
class SM(staticmethod): pass
print(repr(SM(len)))
s.extra = 5
print(s.__dict__["extra"], s.__isabstractmethod__, cm.__isabstractmethod__)
def abstract(): pass
abstract.__isabstractmethod__ = True
print(staticmethod(abstract).__isabstractmethod__, classmethod(abstract).__isabstractmethod__)
print(property(abstract).__isabstractmethod__, property(None, abstract).__isabstractmethod__, property().__isabstractmethod__, property(f).__isabstractmethod__)
class Bad:
    @property
    def __isabstractmethod__(self): raise ValueError("no")
show("abstract error", lambda: property(Bad()).__isabstractmethod__)

class Base:
    def who(self): return "Base"
class Child(Base):
    def who(self): return "Child"
    def sup(self): return super()
x = Child()
sup = x.sup()
print(sup.__thisclass__.__name__, sup.__self__ is x, sup.__self_class__.__name__, sup.who())
unbound = super(Child)
print(unbound.__thisclass__.__name__, unbound.__self__, unbound.__self_class__)
bound = unbound.__get__(x, Child)
print(bound.__self__ is x, bound.who(), unbound.__get__(None, Child) is unbound, sup.__get__(Base()) is sup)
show("super get", lambda: unbound.__get__(5))
class Holder:
    s = super(Child)
print(Child.__dict__["who"](x), type(Holder.s).__name__)
