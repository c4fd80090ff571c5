# closures and scopes: counters, nonlocal chains, late binding, global declarations, class scope rules, UnboundLocalError
def make_counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get(): return count
    return inc, get
inc, get = make_counter(); inc(); inc(5); print(get(), inc.__closure__ is not None, inc.__code__.co_freevars)
def outer():
    a = 1
    def middle():
        b = 2
        def inner():
            nonlocal a, b
            a += 10; b += 20
            return a, b
        return inner
    fn = middle()
    return fn(), fn(), a
print(outer())
G = 0
def set_global():
    global G, NEW
    G = 5; NEW = "created"
set_global(); print(G, NEW)
def read_then_assign():
    try:
        print(G)
        G = 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
read_then_assign()
def unbound_free():
    def inner(): return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
    return inner()
print(unbound_free())
def del_local():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return str(e)
print(del_local())
cls_var = "module"
class K:
    cls_var = "class"
    def m(self): return cls_var
    lam = lambda self: cls_var
    got = cls_var
print(K().m(), K().lam(), K.got)
def adders():
    return [lambda x, n=n: x + n for n in range(3)], [lambda x: x + n for n in range(3)]
early, late = adders(); print([f(10) for f in early], [f(10) for f in late])
def shadow(len=len):
    return len("abc")
print(shadow(), shadow(lambda s: 99))
x = "global x"
def f1():
    x = "f1 x"
    def f2():
        return x
    x = "f1 x changed"
    return f2()
print(f1())
def gen_closure():
    total = 0
    def acc(v):
        nonlocal total
        total += v
        yield total
    return acc
a = gen_closure(); print(next(a(5)), next(a(7)))
def deep(n):
    if n == 0: return lambda: "bottom"
    inner = deep(n - 1)
    return lambda: f"{n}>" + inner()
print(deep(4)())
class Outer:
    y = 1
    class Inner:
        try:
            z = y
        except NameError as e:
            z = str(e)
print(Outer.Inner.z)
def fn_attrs(a, b=2, *args, c, d=4, **kw):
    "docstring"
    local = 1
print(fn_attrs.__name__, fn_attrs.__doc__, fn_attrs.__defaults__, fn_attrs.__kwdefaults__, fn_attrs.__code__.co_argcount, fn_attrs.__code__.co_kwonlyargcount, fn_attrs.__code__.co_varnames)
