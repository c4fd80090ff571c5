# metaclasses: registry via __init__, __prepare__ ordered namespace, __call__ for singletons, class-level __getattr__/__getitem__, inheritance of metaclass
class Registry(type):
    classes = {}
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        if kw.get("register", True):
            Registry.classes[name] = cls
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.tag = kw.get("tag", name.lower())
class Plugin(metaclass=Registry): pass
class CSV(Plugin, tag="csv-plugin"): pass
class Hidden(Plugin, register=False): pass
print(sorted(Registry.classes), CSV.tag, Hidden.tag, CSV.created_by, type(CSV).__name__)
class Recording(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name, bases)
        return {"order": []}
    def __new__(mcls, name, bases, ns):
        ns["fields"] = [k for k in ns if not k.startswith("__") and k != "order"]
        return super().__new__(mcls, name, bases, dict(ns))
class Rec(metaclass=Recording):
    b = 1
    a = 2
    def m(self): pass
print(Rec.fields)
class Singleton(type):
    _instances = {}
    def __call__(cls, *a, **k):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a, **k)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, v=0): print("init once", v); self.v = v
print(Config(1) is Config(2), Config().v)
class Enumish(type):
    def __getitem__(cls, k): return cls.members[k]
    def __iter__(cls): return iter(cls.members.values())
    def __len__(cls): return len(cls.members)
    def __getattr__(cls, n): return f"no {n} on {cls.__name__}"
    def __repr__(cls): return f"<enumish {cls.__name__}>"
class Color(metaclass=Enumish):
    members = {"red": 1, "green": 2}
print(Color["red"], list(Color), len(Color), Color.purple, repr(Color), Color)
class Sub(Color): members = {"blue": 3}
print(type(Sub).__name__, Sub["blue"], Sub.nothing)
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(type(e).__name__, e)
class M3(M1, M2): pass
class Z(X, Y, metaclass=M3): pass
print(type(Z).__name__, [c.__name__ for c in type(Z).__mro__])
Dyn = Registry("Dyn", (Plugin,), {"x": 1})
print(Dyn.x, Dyn.tag, "Dyn" in Registry.classes, type("T", (), {})().__class__.__name__)
