# inheritance: MRO (C3), super() in diamonds, cooperative __init__, method overriding, isinstance/issubclass
class A:
    def who(self): return "A"
    def chain(self): return ["A"]
    def __init__(self): print("A.__init__"); super().__init__()
class B(A):
    def who(self): return "B" + super().who()
    def chain(self): return ["B"] + super().chain()
    def __init__(self): print("B.__init__"); super().__init__()
class C(A):
    def who(self): return "C" + super().who()
    def chain(self): return ["C"] + super().chain()
    def __init__(self): print("C.__init__"); super().__init__()
class D(B, C):
    def chain(self): return ["D"] + super().chain()
    def __init__(self): print("D.__init__"); super().__init__()
d = D()
print([k.__name__ for k in D.__mro__], d.who(), d.chain())
print(D.__bases__ == (B, C), D.__base__ is B, A.__bases__ == (object,), object.__bases__, D.__name__, D.__qualname__, D.__module__)
print(isinstance(d, A), isinstance(d, (int, C)), issubclass(D, A), issubclass(A, D), issubclass(D, (int, B)), issubclass(bool, (str, int)), isinstance(1, object))
print(super(B, d).who(), super(C, d).chain(), super(D, d).who())
try:
    class X(A, B): pass
except TypeError as e:
    print("TypeError", e)
class Base:
    greeting = "hello"
    def greet(self): return f"{self.greeting} from {type(self).__name__}"
    @classmethod
    def make(cls): return cls()
class Child(Base):
    greeting = "hi"
class GrandChild(Child):
    def greet(self): return super().greet().upper()
print(Base().greet(), Child().greet(), GrandChild().greet(), type(GrandChild.make()).__name__)
class Kw:
    def __init__(self, **kw): self.kw = kw
class Mixin:
    def __init__(self, mix=None, **kw): self.mix = mix; super().__init__(**kw)
class Combined(Mixin, Kw): pass
c = Combined(mix=1, other=2); print(c.mix, c.kw)
class E(Exception):
    def __init__(self, code): super().__init__(f"code {code}"); self.code = code
try:
    raise E(5)
except Exception as e:
    print(type(e).__name__, e, e.code, e.args, isinstance(e, Exception), type(e).__mro__[-2:] == (BaseException, object))
class Abstract:
    def area(self): raise NotImplementedError(f"{type(self).__name__}.area")
class Sq(Abstract):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
for shape in [Sq(3), Abstract()]:
    try:
        print(shape.area())
    except NotImplementedError as e:
        print("NotImplementedError", e)
def outer():
    class Local:
        def m(self): return __class__.__qualname__
    return Local
print(outer()().m(), outer().__qualname__)
class Deep(D): pass
print(len(Deep.__mro__), Deep().who())
print(type(d) is D, type(D) is type, type(type) is type, type(object), type(None).__name__)
