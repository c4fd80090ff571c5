# decorators: with arguments, stacking order, class decorators, decorating methods, preserving attributes by hand, decorator classes
def tag(name):
    def deco(fn):
        def wrapper(*a, **k):
            return f"<{name}>{fn(*a, **k)}</{name}>"
        wrapper.__name__ = fn.__name__
        wrapper.__wrapped__ = fn
        return wrapper
    return deco
@tag("b")
@tag("i")
def hello(who): return f"hello {who}"
print(hello("you"), hello.__name__, hello.__wrapped__.__name__)
order = []
def trace(label):
    order.append(f"make {label}")
    def deco(fn):
        order.append(f"apply {label}")
        return fn
    return deco
@trace("outer")
@trace("inner")
def nothing(): pass
print(order)
class CountCalls:
    def __init__(self, fn): self.fn, self.calls = fn, 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@CountCalls
def square(x): return x * x
print(square(3), square(4), square.calls, type(square).__name__)
def add_repr(cls):
    cls.__repr__ = lambda self: f"{cls.__name__}({vars(self)})"
    return cls
@add_repr
class Pt:
    def __init__(self, x): self.x = x
print(Pt(3))
def register(registry):
    def deco(obj):
        registry[obj.__name__] = obj
        return obj
    return deco
REG = {}
@register(REG)
def alpha(): pass
@register(REG)
class Beta: pass
print(sorted(REG))
class Service:
    @staticmethod
    @tag("s")
    def static(): return "static"
    @classmethod
    def make(cls): return cls.__name__
    @property
    @tag("p")
    def prop(self): return "prop"
print(Service.static(), Service.make(), Service().prop)
print((lambda f: f)(lambda: "identity")(), (tag("x")(str))(5))
def memo(fn):
    cache = {}
    def inner(n):
        if n not in cache: cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner
@memo
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
