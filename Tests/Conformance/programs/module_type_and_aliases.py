# module(name, doc) and module subclasses, module __annotations__; *tuple[...] unpacking of GenericAlias;
# __class_getitem__ of weakref, async generators and BaseExceptionGroup; struct sequence and ExceptionGroup modules
import sys
ModuleType = type(sys)
m = ModuleType("m")
print(sorted(m.__dict__.items()), repr(m.__doc__))
print(ModuleType("m", "doc").__doc__, ModuleType(name="x", doc=3).__doc__)
for args in [(), (1,), ("a", "b", "c")]:
    try: ModuleType(*args)
    except TypeError as e: print(e)
try: ModuleType("a", nam="b")
except TypeError as e: print(e)
class M(ModuleType):
    def __init__(self, n):
        super().__init__(n)
        self.y = 1
print(sorted(M("q").__dict__), M.__new__(M).__dict__, isinstance(M("q"), ModuleType))
m.__init__("renamed", "again"); print(m.__name__, m.__doc__)
print(m.__annotations__, "__annotations__" in m.__dict__)
m.__annotations__ = 5; print(m.__annotations__); del m.__annotations__
try: del m.__annotations__
except AttributeError as e: print("AttributeError", e)
x: int = 1
print(sys.modules[__name__].__annotations__)

a = tuple[int, str]
s, = a
print(s, s.__unpacked__, s.__typing_unpacked_tuple_args__, a.__typing_unpacked_tuple_args__, [*list[int]])
print(list[int].__typing_unpacked_tuple_args__, next(iter(list[int])).__typing_unpacked_tuple_args__)
print(s == a, s == next(iter(a)), hash(s) == hash(a), list(iter(s)))
r = s.__reduce__(); print(r[0].__name__, r[0](*r[1]))
print(a.__reduce__())

import _weakref
print(_weakref.ref[int], BaseExceptionGroup[ValueError], ExceptionGroup[KeyError])
async def agen():
    yield 1
print(type(agen())[int])
print(type(sys.flags).__module__, type(sys.version_info).__module__, "__module__" in vars(type(sys.flags)))
print(ExceptionGroup.__module__, "__module__" in vars(ExceptionGroup), BaseExceptionGroup.__module__)
print("__bool__" in vars(type(NotImplemented)))
