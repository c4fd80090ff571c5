# attribute access hooks: __getattr__, __getattribute__, __setattr__, __delattr__, getattr/setattr/hasattr/delattr, __dict__
class Logged:
    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
l = Logged(); l.a = 5; print(l.a); del l.a; print(hasattr(l, "a"))
class P:
    cls_attr = "class"
    def method(self): return "m"
p = P(); p.inst = 1
print(p.__dict__, "cls_attr" in P.__dict__, p.cls_attr, type(p).__name__, sorted(k for k in vars(p)))
setattr(p, "dyn", 2); print(p.dyn, getattr(p, "dyn")); delattr(p, "dyn"); print(hasattr(p, "dyn"))
p.cls_attr = "shadow"; print(p.cls_attr, P.cls_attr); del p.cls_attr; print(p.cls_attr)
try:
    del p.cls_attr
except AttributeError as e:
    print("AttributeError", e)
try:
    p.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    P.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    (1).x = 2
except AttributeError as e:
    print("AttributeError", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(p, 5)
except TypeError as e:
    print("TypeError", e)
try:
    "abc".nope
except AttributeError as e:
    print("AttributeError", e)
try:
    None.foo
except AttributeError as e:
    print("AttributeError", e)
P.added = lambda self: "added"; print(p.added(), P.method(p), p.method.__name__, p.method.__self__ is p, P.method.__qualname__)
class Slots:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s = Slots(); s.b = 2; print(s.a, s.b, hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError", e)
class SlotSub(Slots):
    pass
ss = SlotSub(); ss.c = 3; print(ss.c, ss.__dict__)
f = lambda: 0
f.attr = "func attr"; print(f.attr, f.__dict__)
