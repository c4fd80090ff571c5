# __init_subclass__ with keywords and super chains, __set_name__ ordering, __class_getitem__, class creation order of hooks
log = []
class Field:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name):
        log.append(f"set_name {owner.__name__}.{name}")
        self.name = name
class Model:
    fields = {}
    def __init_subclass__(cls, table=None, **kw):
        super().__init_subclass__(**kw)
        cls.table = table or cls.__name__.lower() + "s"
        cls.fields = {k: v.kind for k, v in vars(cls).items() if isinstance(v, Field)}
        log.append(f"init_subclass {cls.__name__} table={cls.table}")
class User(Model, table="people"):
    name = Field(str)
    age = Field(int)
class Admin(User):
    level = Field(int)
print("\n".join(log))
print(User.table, User.fields, Admin.table, Admin.fields, Model.fields)
try:
    class Bad(Model, unknown=1): pass
except TypeError as e:
    print(type(e).__name__, e)
class Mixin:
    def __init_subclass__(cls, **kw):
        print("Mixin hook for", cls.__name__, kw)
        super().__init_subclass__(**kw)
class Both(Mixin, Model, table="both"): pass
print(Both.table)
class Typed:
    def __class_getitem__(cls, item): return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"
print(Typed[int], Typed["x"], Typed[1, 2])
class Once:
    def __init_subclass__(cls): cls.registered = True
class Child(Once): pass
print(Child.registered, hasattr(Once, "registered"), type(Once.__dict__["__init_subclass__"]).__name__)
