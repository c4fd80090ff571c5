# isinstance and issubclass: tuples, unions, nested tuples, bool/int, ABC-like hooks and errors
class A: pass
class B(A): pass
class C: pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(True, int), isinstance(1, bool), isinstance(1, (str, int)))
print(isinstance(1, (str, (float, (int,)))), isinstance("s", ()), isinstance(None, type(None)), isinstance(int, type))
print(issubclass(B, A), issubclass(A, B), issubclass(bool, int), issubclass(A, object), issubclass(B, (C, A)))
print(issubclass(A, A), issubclass(type, object), issubclass(object, type), isinstance(object, type), isinstance(type, object))
print(isinstance(1, int | str), issubclass(B, C | A), isinstance([], list | None))

class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int

class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance("other", Magic), issubclass(int, Magic), issubclass(str, Magic))
print(isinstance(Magic(), Magic))

def attempt(f, *args):
    try:
        print(f(*args))
    except TypeError as e:
        print(type(e).__name__, e)

attempt(isinstance, 1, 1)
attempt(isinstance, 1, (int, 1))
attempt(issubclass, 1, int)
attempt(issubclass, int, 1)
attempt(issubclass, int, (int, "x"))
attempt(isinstance, 1)
attempt(isinstance, 1, list[int])
attempt(issubclass, list, list[int])

class FakeClass:
    __bases__ = ()
class Pretend:
    @property
    def __class__(self):
        return str
p = Pretend()
print(isinstance(p, str), isinstance(p, Pretend), type(p).__name__)
print(isinstance(B, type), type(B) is type, B.__mro__ == (B, A, object))
print(issubclass(bool, (str, int)), isinstance(3.0, (int, float)))
