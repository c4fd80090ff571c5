# __init_subclass__ with keywords, registries, __set_name__ order, class decorators and __class_getitem__
class PluginBase:
    registry = {}
    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key or cls.__name__.lower()
        PluginBase.registry[cls.key] = cls
        print("registered", cls.key)

class CSV(PluginBase, key="csv"):
    pass
class Json(PluginBase):
    pass
class Nested(CSV, key="nested-csv"):
    pass
print(sorted(PluginBase.registry), Nested.key, CSV.key)

try:
    class Bad(PluginBase, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Order:
    def __init_subclass__(cls):
        print("init_subclass sees", sorted(k for k in vars(cls) if not k.startswith("__")))
class Field:
    def __set_name__(self, owner, name):
        print("set_name", name)
class Model(Order):
    a = Field()
    b = Field()

def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

@add_repr
class Record:
    def __init__(self, **kw):
        self.__dict__.update(kw)
print(Record(x=1, y="two"))

class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["str"], Box[1, 2])

class Strict:
    def __init_subclass__(cls, **kwargs):
        if "required" not in vars(cls):
            raise TypeError(f"{cls.__name__} must define 'required'")
try:
    class Missing(Strict):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Present(Strict):
    required = True
print(Present.required)
class Plain:
    pass
try:
    class Kw(Plain, flag=True):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(type(Present.__init_subclass__).__name__)
