# Setting and deleting dunders on classes after creation: the slots follow, in the class
# and in its subclasses (callable(), len(), bool(), iter(), hash(), operators, getattr)
def attempt(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

class W: pass
W.__call__ = lambda self: 1
print(callable(W()), W()())
del W.__call__
print(callable(W()))
attempt(lambda: W()())

class A: pass
class B(A): pass
class C(B):
    def __call__(self): return "C's own"
A.__call__ = lambda self: "from A"
print(callable(A()), callable(B()), B()(), C()())
del A.__call__
print(callable(A()), callable(B()), callable(C()), C()())
attempt(lambda: B()())

class Base:
    def __call__(self): return "base"
class Derived(Base): pass
print(callable(Derived()), Derived()())
del Base.__call__
print(callable(Derived()), callable(Base()))

class L(list): pass
L.__len__ = lambda self: 42
print(len(L([1])))
del L.__len__
print(len(L([1, 2])))

class S:
    def __len__(self): return 0
print(bool(S()))
del S.__len__
print(bool(S()))
attempt(len, S())

class T:
    def __bool__(self): return False
print(bool(T()))
del T.__bool__
print(bool(T()))

class E:
    def __iter__(self): return iter([1, 2])
print(list(E()))
del E.__iter__
attempt(iter, E())
E.__getitem__ = lambda self, i: [7, 8][i]
print(list(E()))
del E.__getitem__
attempt(iter, E())

class H:
    def __hash__(self): return 5
h = H()
print(hash(h))
del H.__hash__
print(hash(h) == object.__hash__(h))
H.__hash__ = None
attempt(hash, h)

class R:
    def __repr__(self): return "R!"
print(repr(R()))
del R.__repr__
print(repr(R()).startswith("<__main__.R object"))

class N:
    def __add__(self, o): return 3
class M(N): pass
print(N() + 1, M() + 1)
del N.__add__
attempt(lambda: N() + 1)
attempt(lambda: M() + 1)
N.__radd__ = lambda self, o: "radd"
print(1 + M())

class G:
    def __getattr__(self, name): return "dynamic " + name
print(G().x)
del G.__getattr__
attempt(lambda: G().x)

class Q:
    def __eq__(self, o): return True
print(Q() == 1)
del Q.__eq__
print(Q() == 1)
q = Q()
print(q == q)

class I:
    def __init__(self, v): self.v = v
print(I(3).v)
del I.__init__
attempt(I, 3)
print(type(I()).__name__)

class K:
    def __contains__(self, x): return True
print(1 in K())
del K.__contains__
attempt(lambda: 1 in K())
