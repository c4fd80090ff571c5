# class vs instance attributes: shadowing, deletion revealing the class value, mutation of shared class containers, data descriptors win
class C:
    count = 0
    shared = []
    def method(self): return "class method"
a, b = C(), C()
a.count += 1
print(a.count, b.count, C.count, "count" in a.__dict__, "count" in vars(b))
a.shared.append(1); print(b.shared, C.shared is a.shared)
a.shared = ["own"]; print(a.shared, b.shared)
del a.shared; print(a.shared)
try:
    del a.shared
except AttributeError as e:
    print(type(e).__name__, e)
a.method = lambda: "instance lambda"
print(a.method(), b.method(), C.method(a))
del a.method; print(a.method())
C.count = 100; print(a.count, b.count)
del C.count
print(a.count, hasattr(b, "count"))
class D:
    @property
    def p(self): return "property"
d = D()
d.__dict__["p"] = "dict value"
print(d.p, d.__dict__)
class NonData:
    def __get__(self, obj, owner): return "non-data"
class E:
    nd = NonData()
e = E(); print(e.nd); e.nd = "shadow"; print(e.nd, E.nd); del e.nd; print(e.nd)
class F:
    x = 1
    def __init__(self): self.x = self.x + 1
    @classmethod
    def bump(cls): cls.x += 10
f1 = F(); F.bump(); f2 = F()
print(f1.x, f2.x, F.x)
print(C.__dict__["method"].__name__, type(C.__dict__["method"]).__name__, type(a.method).__name__, a.method.__self__ is a)
C.late = property(lambda self: "added later")
print(a.late, b.late)
C.__init__ = lambda self, v=5: setattr(self, "v", v)
print(C().v, C(6).v)
