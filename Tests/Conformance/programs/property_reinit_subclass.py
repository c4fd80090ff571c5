# property.__init__ fills a property again, so subclasses of property can extend
# __init__ with super().__init__, and mappingproxy's argument is named
class P(property):
    def __init__(self, fget, note="none"):
        super().__init__(fget)
        self.note = note
class A:
    @P
    def x(self):
        "the x doc"
        return 1
print(A().x, A.x.note, A.x.__doc__, type(A.__dict__["x"]).__name__)
class B:
    x = P(lambda s: 5, "n")
print(B().x, B.x.note)
p = property(lambda s: 1, doc="d")
p.__init__(lambda s: 2)
print(p.__doc__, p.fget(None), p.fset)
p.__init__(None, lambda s, v: print("set", v), None, "new doc")
print(p.fget, p.__doc__)
class C:
    y = p
C().y = 7
try:
    C().y
except AttributeError as e:
    print(e)
try:
    p.__init__(1, 2, 3, 4, 5)
except TypeError as e:
    print(e)
try:
    p.__init__(bogus=1)
except TypeError as e:
    print(e)
class Q(property):
    pass
q = Q(lambda s: 3)
print(type(q).__name__, q.fget(None))
class R:
    z = q.setter(lambda s, v: None)
print(type(R.__dict__["z"]).__name__)
print(type(type.__dict__["__dict__"].__get__(A))(mapping={"a": 1}))
for args, kwargs in [((), {}), (({}, {}), {}), ((), {"mapping": {}, "x": 1}), ((1,), {})]:
    try:
        print(type(A.__dict__)(*args, **kwargs))
    except TypeError as e:
        print(e)
class P2(property):
    "P2's own doc"
def documented(self):
    "getter doc"
print(P2(lambda s: 1).__doc__, P2(documented).__doc__, P2(documented, doc="given").__doc__)
print(property(documented).__doc__, property(lambda s: 1).__doc__, property(documented, doc="given").__doc__)
print(sorted(vars(P2(documented))), P2.__doc__)
print(property(documented).getter(lambda s: 2).__doc__, P2(documented).getter(lambda s: 2).__doc__)
class P3(property):
    pass
for made in (P2(documented, doc="given"), P2(documented), P2(lambda s: 1), P3(lambda s: 1, doc="given"), P3(documented)):
    print(type(made).__name__, vars(made), made.__doc__)
