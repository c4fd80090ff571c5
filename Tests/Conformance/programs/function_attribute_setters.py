# assigning and deleting function attributes: __defaults__, __kwdefaults__, __annotations__ (tuple/dict or None),
# __code__ (free variables must match the closure), __dict__, read-only ones; the docs of class __dict__/__weakref__
def t(label, f):
    try: print(label, repr(f()))
    except Exception as e: print(label, type(e).__name__, e)
def f(a=1, *, k=2): return a, k
def outer():
    x = 1
    def g(): return x
    return g
t(1, lambda: setattr(f, "__defaults__", [1]))
t(2, lambda: setattr(f, "__code__", None))
t(3, lambda: setattr(f, "__kwdefaults__", 1))
t(4, lambda: setattr(f, "__annotations__", 1))
t(5, lambda: (setattr(f, "__defaults__", (5,)), f()))
t(6, lambda: (setattr(f, "__kwdefaults__", {"k": 9}), f()))
t(7, lambda: (delattr(f, "__defaults__"), f.__defaults__))
t(8, lambda: (setattr(f, "__defaults__", None), f.__defaults__))
t(9, lambda: (delattr(f, "__kwdefaults__"), f.__kwdefaults__))
t(10, lambda: (setattr(f, "__annotations__", None), f.__annotations__))
t(11, lambda: (setattr(f, "__annotations__", {"a": int}), f.__annotations__))
t(12, lambda: f(1))
t(13, lambda: setattr(f, "__code__", outer().__code__))
t(14, lambda: delattr(f, "__code__"))
def h(a=1): return a
t(15, lambda: (setattr(h, "__code__", (lambda a=2: a * 10).__code__), h()))
g = outer()
t(16, lambda: setattr(g, "__code__", h.__code__))
t(17, lambda: (setattr(g, "__code__", outer().__code__), g()))
t(18, lambda: setattr(f, "__dict__", 1))
t(19, lambda: delattr(f, "__dict__"))
t(20, lambda: (setattr(f, "__dict__", {"z": 1}), f.z))
t(21, lambda: setattr(f, "__globals__", 1))
t(22, lambda: setattr(f, "__closure__", 1))
t(23, lambda: delattr(f, "__name__"))
t(24, lambda: (delattr(f, "__doc__"), f.__doc__))
class C: pass
t(25, lambda: (C.__dict__["__dict__"].__doc__, C.__dict__["__weakref__"].__doc__))
