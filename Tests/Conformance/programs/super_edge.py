# super() forms: in classmethods, with explicit args, in __init__ chains of three levels, calling overridden dunder methods, properties through super
class Base:
    def __init__(self, v): self.v = v; print("Base init", v)
    @classmethod
    def create(cls, v): print("Base.create", cls.__name__); return cls(v)
    def __repr__(self): return f"<{type(self).__name__} {self.v}>"
    def __eq__(self, o): return self.v == o.v
    __hash__ = None
    def __len__(self): return self.v
    @property
    def double(self): return self.v * 2
    def __str__(self): return "Base-str"
class Mid(Base):
    def __init__(self, v): print("Mid init"); super().__init__(v + 1)
    @classmethod
    def create(cls, v): print("Mid.create"); return super().create(v * 10)
    def __repr__(self): return "Mid:" + super().__repr__()
    def __len__(self): return super().__len__() + 100
    @property
    def double(self): return super().double + 0.5
class Leaf(Mid):
    def __init__(self, v): print("Leaf init"); super(Leaf, self).__init__(v)
    def __eq__(self, o): print("Leaf eq"); return super().__eq__(o)
    def __str__(self): return "Leaf+" + super().__str__()
x = Leaf.create(1)
print(repr(x), len(x), x.double, str(x), x == Leaf(10), super(Mid, x).__repr__())
class S:
    @staticmethod
    def st(): return "static"
class T(S):
    @staticmethod
    def st(): return "T+" + super(T, T).st()
print(T.st(), T().st())
class Attr:
    def __init__(self): self.data = "base data"
class Attr2(Attr):
    def __init__(self):
        super().__init__(); self.more = "more"
a = Attr2(); print(a.data, a.more)
class Base2:
    def greet(self, name="world"): return f"hello {name}"
class Child2(Base2):
    def greet(self, name="child"): return super().greet(name).upper()
print(Child2().greet(), Child2().greet("x"))
def standalone(self): return super(type(self), self).greet() if False else "skip"
class L(list):
    def append(self, x): print("appending", x); super().append(x * 2)
    def __getitem__(self, i): return ("item", super().__getitem__(i))
l = L(); l.append(3); l.append(4); print(l, l[0], len(l))
class Dct(dict):
    def __setitem__(self, k, v): super().__setitem__(k, str(v))
d = Dct(); d["a"] = 1; d["b"] = [2]; print(d, d["a"])
try:
    super()
except RuntimeError as e:
    print("RuntimeError", e)
class NoArgSuper:
    def m(self):
        def inner(): return super()
        return inner
try:
    NoArgSuper().m()()
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, e)
