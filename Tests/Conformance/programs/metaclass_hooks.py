# metaclasses: __prepare__ ordering, __new__/__init__/__call__, class-level methods, and conflicts
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"_order": []}
    def __new__(mcs, name, bases, ns, **kw):
        ns["_order"] = [k for k in ns if not k.startswith("_")]
        cls = super().__new__(mcs, name, bases, ns)
        print("new", name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.tag = kw.get("tag", "none")
        print("init", name)
    def __call__(cls, *args, **kwargs):
        print("call", cls.__name__, args)
        instance = super().__call__(*args, **kwargs)
        instance.created_by_meta = True
        return instance
    def describe(cls):
        return f"{cls.__name__} fields={cls._order} tag={cls.tag}"

class Model(metaclass=OrderedMeta, tag="m"):
    zeta = 1
    alpha = 2
    def method(self):
        pass
    def __init__(self, v=0):
        self.v = v

print(Model.describe(), type(Model).__name__, isinstance(Model, OrderedMeta))
m = Model(5)
print(m.v, m.created_by_meta, hasattr(m, "describe"))

class Sub(Model):
    beta = 3
print(Sub.describe(), type(Sub) is OrderedMeta)

class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class M3(M1): pass
class D(metaclass=M3): pass
class E(A, D): pass
print(type(E).__name__)

Dynamic = OrderedMeta("Dynamic", (), {"x": 1, "y": 2})
print(Dynamic.describe())
Plain = type("Plain", (object,), {"greet": lambda self: "hi"})
print(Plain().greet(), Plain.__name__, Plain.__qualname__, Plain.__module__)
try:
    type("X", 1, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", (), [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(type(type), type(OrderedMeta), OrderedMeta.__mro__[1].__name__)
