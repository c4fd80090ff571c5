# method resolution order: C3 linearization, diamond inheritance, inconsistent hierarchies and super chains
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print([k.__name__ for k in D.__mro__], D().who())

class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Order(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class K1: pass
class K2: pass
class K3: pass
class M1(K1, K2): pass
class M2(K2, K3): pass
class M3(K1, K3): pass
class Top(M1, M2, M3): pass
print([k.__name__ for k in Top.mro()])

print(bool.__mro__, D.__bases__, D.__base__.__name__, object.__bases__, type.__mro__)

class Meta(type):
    def mro(cls):
        order = super().mro()
        print("custom mro for", cls.__name__)
        return order
class WithMeta(metaclass=Meta):
    pass
print([k.__name__ for k in WithMeta.__mro__])

try:
    class FromInstance(1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class FromBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Base1:
    def f(self):
        return "Base1.f"
class Base2:
    def f(self):
        return "Base2.f"
    def g(self):
        return "Base2.g"
class Mixed(Base1, Base2):
    def g(self):
        return "Mixed.g>" + super().g()
m = Mixed()
print(m.f(), m.g(), super(Base1, m).f(), Mixed.__mro__.index(Base2))
