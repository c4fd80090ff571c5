# A metaclass's mro() that assigns __bases__ again while an assignment is under way:
# cycles through tp_base are refused, the innermost assignment stands, and a class
# left out of its own MRO is refused by __init_subclass__'s super().
state = {"on": False}


class M(type):
    def mro(cls):
        if state["on"]:
            if cls.__name__ == "B1":
                B2.__bases__ = (B1,)
            if cls.__name__ == "B2":
                B1.__bases__ = (B2,)
        return type.mro(cls)


class A(metaclass=M):
    pass


class B1(A):
    pass


class B2(A):
    pass


state["on"] = True
try:
    B1.__bases__ += ()
except TypeError as e:
    print("TypeError:", e)
state["on"] = False
print(B1.__mro__, B2.__mro__)


class N(type):
    def mro(cls):
        if state["on"] and cls.__name__ == "C":
            state["on"] = False
            C.__bases__ = (D2,)
        return type.mro(cls)


class Base(metaclass=N):
    pass


class D1(Base):
    pass


class D2(Base):
    pass


class C(Base):
    pass


state["on"] = True
C.__bases__ = (D1,)
print(C.__bases__, D2.__subclasses__(), D1.__subclasses__(), C.__mro__)
D1.__bases__ = (C,)
print(D1.__bases__, C.__subclasses__())


class Failing(Exception):
    pass


class P(type):
    def mro(cls):
        if state["on"] and cls.__name__ == "E":
            if E.__bases__ == (F2,):
                state["on"] = False
            else:
                E.__bases__ = (F2,)
                raise Failing
        return type.mro(cls)


class Root(metaclass=P):
    pass


class F1(Root):
    pass


class F2(Root):
    pass


class E(Root):
    pass


state["on"] = True
try:
    E.__bases__ = (F1,)
except Failing:
    print("Failing raised")
print(E.__bases__, E.__mro__ == tuple(type.mro(E)))


class Other:
    pass


class Q(type):
    def mro(cls):
        del Q.mro
        return (Other,)


try:
    class G(metaclass=Q):
        pass
except TypeError as e:
    print("TypeError:", e)
