# Instance layout with several bases: __dict__ and __weakref__ come from the solid
# base, whatever the later bases have (typing.TypeVar's bases look like these).
import gc
from _weakref import ref as weakref_ref

class Final:
    __slots__ = ("__weakref__",)

class Immutable:
    __slots__ = ()

class Mixin:
    pass

class Other:
    pass

class Var(Final, Immutable, Mixin, Other):
    def __init__(self, name):
        self.name = name
        self.bound = None

print(hasattr(Var, "__weakref__"), "__dict__" in dir(Var))
items = [Var(f"T{i}") for i in range(50)]
refs = [weakref_ref(v) for v in items]
for i in range(0, 50, 7):
    items[i].extra = i
gc.collect()
print(all(r() is v for r, v in zip(refs, items)))
print(items[7].__dict__, getattr(items[3], "extra", "none"))
print(sorted(vars(items[14])))
del items[:10]
gc.collect()
print(sum(r() is None for r in refs), refs[10]().name)

# The other order: a base with a __dict__ first, a weakref-only one after.
class A:
    __slots__ = ("a", "__dict__")

class B(A, Final):
    pass

b = B()
b.a = 1
b.x = 2
rb = weakref_ref(b)
gc.collect()
print(rb() is b, b.a, b.__dict__)
