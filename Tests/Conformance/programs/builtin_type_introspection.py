# type() and class introspection: __name__, __qualname__, __module__, __dict__ keys, __bases__ and type checks
class Outer:
    class Inner:
        def method(self):
            pass
    def func(self):
        def local():
            pass
        return local

print(type(1), type("s"), type(None), type(type), type(Outer), type(Outer.Inner()))
print(Outer.__name__, Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, Outer().func().__qualname__)
print(Outer.__module__, Outer.Inner.__module__, Outer.func.__module__, len.__module__, int.__module__)
print(sorted(k for k in Outer.__dict__ if not k.startswith("__")), type(Outer.__dict__).__name__)
print(Outer.__bases__, bool.__bases__, int.__base__, type(Outer.func).__name__, type(Outer().func).__name__)
print(type(len).__name__, type([].append).__name__, type(int.__add__).__name__, type((1).__add__).__name__, type(str.join).__name__)
print(isinstance(Outer, type), type(Outer()) is Outer, type(Outer()).__name__, Outer().__class__ is Outer)
print(int.__name__, int.__qualname__, type.__name__, object.__name__, type(Ellipsis).__name__, type(NotImplemented).__name__)
print(callable(type), type("T", (), {}).__name__, type.__call__ is not None, Outer.__doc__, len.__doc__.splitlines()[0])
class Documented:
    """Class docstring."""
    def m(self):
        "Method docstring."
print(Documented.__doc__, Documented.m.__doc__, Documented().m.__doc__)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
