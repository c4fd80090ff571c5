# __class__ assignment: changing behaviour of live objects, compatibility rules and errors, isinstance after switching, call sites seeing it
class Idle:
    def state(self): return "idle"
    def step(self): self.__class__ = Running; return "start"
class Running:
    def state(self): return "running"
    def step(self): self.__class__ = Done; return "finish"
class Done:
    def state(self): return "done"
    def step(self): return "nothing"
m = Idle()
log = []
for _ in range(4):
    log.append((m.state(), m.step()))
print(log, type(m).__name__, isinstance(m, Done))
class A:
    def __init__(self): self.x = 1
class B:
    def who(self): return f"B with x={self.x}"
a = A(); a.__class__ = B
print(a.who(), a.__dict__, type(a) is B)
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("a",)
class S3:
    __slots__ = ("b",)
s = S1(); s.a = 5; s.__class__ = S2; print(type(s).__name__, s.a)
for target, value in [(s, S3), (A(), int), (1, bool), (A(), 5), (A(), S1)]:
    try:
        target.__class__ = value
        print("assigned", type(target).__name__)
    except TypeError as e:
        print(type(e).__name__, e)
class Base:
    def hello(self): return "base hello"
class Child(Base): pass
class Other(Base):
    def hello(self): return "other hello"
objs = [Child() for _ in range(3)]
def greet_all(): return [o.hello() for o in objs]
print(greet_all())
objs[1].__class__ = Other
print(greet_all())
try:
    del objs[0].__class__
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type): pass
class WithMeta(metaclass=Meta): pass
class Plain: pass
try:
    WithMeta.__class__ = type
    print("metaclass reassigned", type(WithMeta).__name__)
except TypeError as e:
    print(type(e).__name__, e)
# which classes accept which: the layout matrix
class P: pass
class Q: pass
class E: __slots__ = ()
class F: __slots__ = ()
class W: __slots__ = ("__weakref__",)
class D: __slots__ = ("__dict__",)
class A2: __slots__ = ("a", "b")
class B2: __slots__ = ("b", "a")
class C2(P): pass
class L(list): pass
class L2(list): __slots__ = ()
class I(int): pass
class X(A2): pass
ts = [P, Q, E, F, W, D, A2, B2, C2, L, L2, I, X]
for t in ts:
    row = []
    for u in ts:
        try:
            o = t.__new__(t)
            o.__class__ = u
            row.append("y")
        except TypeError:
            row.append(".")
    print(t.__name__.ljust(3), "".join(row))
