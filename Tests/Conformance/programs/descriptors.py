# descriptors: __get__/__set__/__delete__, data vs non-data precedence, __set_name__, property variants
class Typed:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name); self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int): raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name); delattr(obj, self.name)
class Point:
    x = Typed()
    y = Typed()
    def __init__(self, x, y): self.x = x; self.y = y
p = Point(1, 2); print(p.x, p.y, type(Point.x).__name__)
try:
    p.x = "s"
except TypeError as e:
    print("TypeError", e)
del p.x; print(p.x)
p.__dict__["y"] = "shadow"; print(p.y)
class NonData:
    def __get__(self, obj, objtype=None): return "from descriptor"
class H:
    nd = NonData()
h = H(); print(h.nd, H.nd); h.nd = "instance wins"; print(h.nd)
class Prop:
    def __init__(self): self._v = 0
    @property
    def v(self):
        "the v"
        return self._v
    @v.setter
    def v(self, val): print("setting", val); self._v = val
    @v.deleter
    def v(self): print("deleting"); self._v = None
    ro = property(lambda self: "read only")
q = Prop(); q.v = 5; print(q.v); del q.v; print(q.v, Prop.v.__doc__, type(Prop.v).__name__)
try:
    q.ro = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    del q.ro
except AttributeError as e:
    print("AttributeError", e)
class Cached:
    def __init__(self, f): self.f = f
    def __get__(self, obj, cls):
        v = self.f(obj); obj.__dict__[self.f.__name__] = v; return v
class U:
    @Cached
    def expensive(self): print("computing"); return 42
u = U(); print(u.expensive, u.expensive)
class Meth:
    def m(self): return self
    @classmethod
    def c(cls, x): return cls.__name__, x
    @staticmethod
    def s(x): return x * 2
mm = Meth()
print(Meth.c(1), mm.c(2), Meth.s(3), mm.s(4), mm.m() is mm, type(Meth.__dict__["c"]).__name__, type(Meth.__dict__["s"]).__name__)
class SubMeth(Meth): pass
print(SubMeth.c(5), SubMeth().s(6))
bound = mm.m; print(bound() is mm, bound.__func__ is Meth.m)
print(Meth.__dict__["s"].__func__(7), Meth.__dict__["c"].__func__(Meth, 8))
