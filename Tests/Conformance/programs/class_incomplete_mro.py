# A metaclass's mro() runs before the class has an MRO: subclassing it or looking
# through super() there fails cleanly, as in CPython.
class M(type):
    def mro(cls):
        print("mro of", cls.__name__, cls.__mro__)
        if cls.__mro__ is None and cls.__name__ != 'X':
            try:
                class X(cls):
                    pass
            except TypeError as e:
                print("TypeError:", e)
            try:
                super(cls, cls).xxx
            except AttributeError as e:
                print("AttributeError:", e)
        return type.mro(cls)

class A(metaclass=M):
    pass
print(A.__mro__)
