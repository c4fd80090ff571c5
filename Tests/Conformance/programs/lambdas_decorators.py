# lambdas and decorators: stacking order, arguments, class decorators, decorators returning non-functions, functools-free wraps
def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"call {fn.__name__}{args}{kwargs if kwargs else ''}")
        r = fn(*args, **kwargs)
        print(f"ret {r!r}")
        return r
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
def first(fn): print("applying first"); fn.tags = getattr(fn, "tags", []) + ["first"]; return fn
def second(fn): print("applying second"); fn.tags = getattr(fn, "tags", []) + ["second"]; return fn
@trace
def add(a, b=0): return a + b
add(1, b=2); add(3)
@repeat(3)
def hi(name): return "hi " + name
print(hi("x"))
@first
@second
def tagged(): pass
print(tagged.tags, add.__name__, add.__wrapped__(5, 5))
def register(cls):
    cls.registered = True; return cls
@register
class R: pass
print(R.registered)
def to_value(fn): return fn()
@to_value
def computed(): return 42
print(computed)
@lambda f: f.__name__.upper()
def shout(): pass
print(shout)
deco_list = [trace]
@deco_list[0]
def sub(a, b): return a - b
sub(5, 3)
class Counter:
    def __init__(self, fn): self.fn = fn; self.calls = 0
    def __call__(self, *a): self.calls += 1; return self.fn(*a)
@Counter
def sq(x): return x * x
print(sq(3), sq(4), sq.calls, callable(sq))
f = lambda: None; print(f(), (lambda *a, **k: (a, k))(1, x=2), (lambda a, b=2, *, c=3: a + b + c)(1, c=10))
print((lambda: (yield))) if False else None
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])), (lambda x: lambda y: x + y)(1)(2))
print((lambda: 0).__name__, (lambda: 0).__qualname__, type(lambda: 0).__name__)
def method_deco(fn):
    def w(self, *a): return "decorated " + fn(self, *a)
    return w
class M:
    def __repr__(self): return "M()"
    @method_deco
    def m(self, x): return str(x)
    @staticmethod
    @trace
    def st(v): return v
    @property
    @trace
    def p(self): return "prop"
print(M().m(1)); M.st(9); print(M().p)
