# cooperative multiple inheritance: diamond and wider MROs, super() chains with kwargs, super(type, obj) forms, MRO conflicts
class Base:
    def __init__(self, **kw):
        print("Base init, leftover", kw)
    def who(self): return ["Base"]
class Left(Base):
    def __init__(self, left=0, **kw):
        print("Left", left); super().__init__(**kw)
    def who(self): return ["Left"] + super().who()
class Right(Base):
    def __init__(self, right=0, **kw):
        print("Right", right); super().__init__(**kw)
    def who(self): return ["Right"] + super().who()
class Bottom(Left, Right):
    def __init__(self, **kw):
        print("Bottom"); super().__init__(**kw)
    def who(self): return ["Bottom"] + super().who()
b = Bottom(left=1, right=2, extra=3)
print(b.who(), [c.__name__ for c in Bottom.__mro__])
print(super(Left, b).who(), super(Right, b).who(), super(Bottom, b).who())
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
class E(C, B): pass
print([k.__name__ for k in D.mro()], [k.__name__ for k in E.mro()])
try:
    class F(D, E): pass
except TypeError as e:
    print(type(e).__name__, e)
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
print([k.__name__ for k in W.__mro__])
class K1: pass
class K2: pass
class K3: pass
class M1(K1, K2): pass
class M2(K2, K3): pass
class M3(K1, K3): pass
class Deep(M1, M2, M3): pass
print([k.__name__ for k in Deep.__mro__])
class Unbound:
    def m(self): return super().__class__.__name__
print(Unbound().m(), super(B, B()).__self_class__.__name__, super(B, B()).__thisclass__.__name__)
class Cls:
    @classmethod
    def make(cls): return cls.__name__
class SubCls(Cls):
    @classmethod
    def make(cls): return "Sub+" + super().make()
print(SubCls.make(), super(SubCls, SubCls).make())
try:
    super(int, "x")
except TypeError as e:
    print(type(e).__name__, e)
