# isinstance/issubclass: tuples and unions, __instancecheck__/__subclasscheck__ on metaclasses, __subclasshook__-free virtual classes, errors
class Duck(type):
    def __instancecheck__(cls, obj): return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub): return hasattr(sub, "quack")
class Quacker(metaclass=Duck): pass
class Bird:
    def quack(self): return "quack"
class Stone: pass
print(isinstance(Bird(), Quacker), isinstance(Stone(), Quacker), issubclass(Bird, Quacker), issubclass(Stone, Quacker))
print(isinstance(1, (str, (float, int))), isinstance("s", int | str), issubclass(bool, (int,)), issubclass(int, int | None), isinstance(None, type(None) | int))
print(isinstance(Quacker, Duck), isinstance(Bird, type), isinstance(type, type), issubclass(type, object), issubclass(Duck, type))
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int), isinstance([], (list, tuple)), isinstance((), list))
class Virtual(type):
    registry = set()
    def __instancecheck__(cls, obj): return type(obj) in cls.registry or type.__instancecheck__(cls, obj)
class Sized(metaclass=Virtual): pass
Virtual.registry.add(list)
print(isinstance([], Sized), isinstance({}, Sized), isinstance(Sized(), Sized))
for bad in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: isinstance(1, (1, int)),
            lambda: issubclass(int, ("x", int)), lambda: isinstance(1, list[int])]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
class Counting(type):
    calls = 0
    def __instancecheck__(cls, obj):
        Counting.calls += 1
        return False
class C(metaclass=Counting): pass
print(isinstance(C(), C), Counting.calls, isinstance(1, C), Counting.calls)
