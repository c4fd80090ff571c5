# Class creation: __slots__ kept as written, repeated and special slot names,
# __set_name__ errors wrapped in RuntimeError, duplicate bases; enumerate's argument errors
def attempt(f):
    try:
        r = f()
        print(r)
        return r
    except Exception as e:
        print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| context is cause:", e.__context__ is e.__cause__)

class S:
    __slots__ = ("zeta", "alpha", "__dict__", "mid", "__weakref__")
    c = 1
print(list(S.__dict__), S.__slots__)
class O:
    __slots__ = "only"
print(O.__slots__, list(O.__dict__))
class G:
    __slots__ = iter(["a", "b"])
print(type(G.__slots__).__name__, list(G.__slots__), sorted(k for k in G.__dict__ if not k.startswith("__")))
class P:
    __slots__ = ["__x", "y"]
    def get(self):
        self.__x = 4
        return self.__x
print(P.__slots__, P().get(), sorted(k for k in P.__dict__ if not k.startswith("__")))
T = type("T", (), {"__slots__": ("x", "x")})
t = T()
t.x = 5
print(T.__slots__, t.x, list(T.__dict__), T.__basicsize__ - object.__basicsize__)
for ns in [("__dict__", "__dict__"), ("__weakref__", "__weakref__"), ("a", "__dict__", "b", "__dict__")]:
    attempt(lambda: type("T", (), {"__slots__": ns}))
class A: pass
attempt(lambda: type("B", (A,), {"__slots__": ("__dict__",)}))
attempt(lambda: type("B", (A,), {"__slots__": ("__weakref__",)}))
for b in (int, tuple, bytes):
    for sl in [("__dict__",), (), ("__weakref__",), ("a",)]:
        attempt(lambda: type("X", (b,), {"__slots__": sl}).__slots__)
attempt(lambda: type("V", (), {"__slots__": ("v",), "v": 1}))
attempt(lambda: type("V", (), {"__slots__": ("__qualname__",), "__qualname__": "Q"}).__qualname__)
attempt(lambda: type("V", (), {"__slots__": (1,)}))
attempt(lambda: type("V", (), {"__slots__": ("not valid",)}))
class WithDict:
    __slots__ = ("__dict__", "a")
w = WithDict()
w.a, w.other = 1, 2
print(w.a, w.__dict__, WithDict.__slots__)

class L:
    def __set_name__(self, owner, name):
        raise RuntimeError("boom")
def make_b():
    class B:
        attr = L()
attempt(make_b)
class K:
    def __set_name__(self, owner, name):
        raise KeyError(name)
attempt(lambda: type("Owner", (), {"first": 1, 42: K()}))
class Adder:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        owner.added = "during set_name"
class Host:
    a = Adder()
    b = Adder()
print(Host.added)
def outer():
    try:
        class C:
            item = L()
    except RuntimeError as e:
        raise ValueError("outer") from e
attempt(outer)

class X: pass
class Y: pass
attempt(lambda: type("D", (X, X), {}))
attempt(lambda: type("D", (X, Y, X), {}))
attempt(lambda: type("D", (int, int), {}))
def dup():
    class D(Y, Y): pass
attempt(dup)
class Z(X): pass
attempt(lambda: type("D", (X, Z), {}))
attempt(lambda: type("D", (Z, X), {}).__mro__)

attempt(lambda: enumerate(start=1))
attempt(lambda: enumerate())
attempt(lambda: enumerate([1], 2, 3))
attempt(lambda: enumerate([1], 2, start=3))
attempt(lambda: enumerate([1], foo=3))
attempt(lambda: list(enumerate(iterable=[1], start=3)))
attempt(lambda: list(enumerate(start=5, iterable="xy")))
attempt(lambda: list(enumerate(iterable="ab")))
attempt(lambda: enumerate([1], start=3, foo=2))
attempt(lambda: enumerate(start=1, foo=1))
attempt(lambda: enumerate(foo=1, start=1))
attempt(lambda: enumerate(iterable=[1], foo=1))
attempt(lambda: enumerate([1], iterable=[2]))
attempt(lambda: enumerate([1], start="x"))
class E(enumerate): pass
attempt(lambda: E(start=1))
attempt(lambda: E())
attempt(lambda: list(E("ab", start=1)))
attempt(lambda: list(E(iterable="ab")))
attempt(lambda: E([1], 2, 3))
attempt(lambda: E(a=1, b=2, c=3))
attempt(lambda: E(foo=1, start=1))
attempt(lambda: E([1], iterable=[2]))

# Uncaught: both tracebacks, joined by "direct cause".
class Final:
    attr = L()
