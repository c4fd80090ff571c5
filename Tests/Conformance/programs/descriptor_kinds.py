# descriptor precedence: data vs non-data, __set__-only and __delete__-only descriptors, __get__ with None instance, classmethod chaining, __set_name__
class Logged:
    def __set_name__(self, owner, name): self.name = f"_{name}"; print("set_name", owner.__name__, name)
    def __get__(self, obj, owner=None):
        if obj is None: return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value): print("set", self.name, value); setattr(obj, self.name, value)
    def __delete__(self, obj): print("delete", self.name); delattr(obj, self.name)
class SetOnly:
    def __set__(self, obj, value): obj.__dict__["so"] = value * 2
class DeleteOnly:
    def __delete__(self, obj): print("DeleteOnly.__delete__")
class Host:
    x = Logged()
    so = SetOnly()
    do = DeleteOnly()
h = Host()
print(h.x); h.x = 5; print(h.x, h.__dict__); del h.x; print(h.x)
print(type(Host.x).__name__, Host.__dict__["x"].name)
h.so = 4; print(h.so, type(Host.so).__name__)
h.__dict__["do"] = "in dict"
print(h.do)
del h.do
print(h.do, "do" in h.__dict__)
try:
    h.do = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Const:
    def __init__(self, v): self.v = v
    def __get__(self, obj, owner): return (self.v, obj is None, owner.__name__)
class K:
    c = Const(1)
print(K.c, K().c, Const(2).__get__(None, K))
class CM:
    @classmethod
    def who(cls): return cls.__name__
    @staticmethod
    def st(x): return x * 2
class Sub(CM): pass
print(CM.who(), Sub.who(), Sub().who(), CM.st(3), Sub().st(4), CM.__dict__["who"].__func__.__name__)
print(type(CM.__dict__["st"]).__name__, CM.__dict__["st"].__func__(5), classmethod(lambda c: c.__name__).__get__(None, list)())
f = lambda self: self
bound = f.__get__(42)
print(bound(), bound.__self__, bound.__func__ is f, f.__get__(None, int) is f)
print(property().__get__(None, K) is not None)
try:
    property().__get__(h, Host)
except AttributeError as e:
    print(type(e).__name__, e)
class Ro:
    @property
    def v(self): return 1
try:
    Ro().v = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Ro().v
except AttributeError as e:
    print(type(e).__name__, e)
