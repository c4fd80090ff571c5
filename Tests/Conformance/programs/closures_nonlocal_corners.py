# closures: late binding in loops, default-argument capture, nonlocal through several levels, cells shared between siblings, class bodies
fs = [lambda: i for i in range(3)]
gs = [lambda i=i: i for i in range(3)]
print([f() for f in fs], [g() for g in gs])
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get(): return n
    return inc, get
inc, get = counter(); inc(); inc(); print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars, counter.__code__.co_cellvars)
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    return middle(), x
print(outer())
def shadow():
    x = 1
    def f():
        x = 2
        def g(): return x
        return g()
    return f(), x
print(shadow())
class Box:
    v = "class v"
    def m(self): return v
v = "global v"
print(Box().m())
def class_in_func():
    y = "enclosing y"
    class Inner:
        y = "class y"
        def get(self): return y
        z = y
    return Inner().get(), Inner.z
print(class_in_func())
def make():
    def f(): return later
    later = "bound after def"
    return f
print(make()())
def unbound():
    def f(): return val
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
    val = 1
unbound()
def deleted():
    c = 1
    def f(): return c
    del c
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
deleted()
def gen_closure():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for k in range(5): add(k)
    return total
print(gen_closure(), (lambda x: (lambda y: x + y))(10)(5))
def loop_cells():
    out = []
    for i in range(3):
        def f(j=i): return lambda: (i, j)
        out.append(f())
    return [g() for g in out]
print(loop_cells())
x = 0
def glob():
    global x
    x += 1
    def inner():
        return x
    return inner()
print(glob(), glob(), x)
print([ (lambda: k)() for k in "ab" ], (lambda *a, **kw: (a, kw))(1, z=2))
