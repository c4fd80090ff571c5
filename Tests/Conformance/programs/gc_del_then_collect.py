import gc, weakref
class C:
    def __del__(self):
        print("del", self.name)
    def m(self): return 1
def make(name):
    c = C(); c.name = name
    return c

# module level
x = make("module")
r = weakref.ref(x)
del x
gc.collect()
print("module:", r())

def f():
    x = make("func")
    r = weakref.ref(x)
    x.m()
    del x
    gc.collect()
    print("func:", r())
f()

def g():
    for i in range(3):
        x = make("loop%d" % i)
        r = weakref.ref(x)
        del x
        gc.collect()
        print("loop:", r())
g()

def h():
    x = make("after call")
    r = weakref.ref(x)
    len(str(x))
    del x
    gc.collect()
    print("call:", r())
h()

def e():
    x = make("exc")
    r = weakref.ref(x)
    try:
        raise ValueError(x)
    except ValueError:
        pass
    del x
    gc.collect()
    print("exc:", r())
e()

def w():
    s = set()
    x = make("set")
    s.add(x)
    r = weakref.ref(x)
    s.clear(); del x
    gc.collect()
    print("set:", r())
w()
class D: pass
def cycle():
    a = D(); a.self = a
    r = weakref.ref(a)
    del a
    gc.collect()
    print("cycle:", r())
cycle()
def nested():
    def inner():
        y = make("inner")
        return weakref.ref(y)
    r = inner()
    gc.collect()
    print("nested:", r())
nested()
class C:
    def __del__(self): print("del", self.name)
def make(name):
    c = C(); c.name = name
    return c
class T:
    def run(self):
        for i in range(3):
            x = make("meth%d" % i)
            r = weakref.ref(x)
            x.name += "!"
            del x
            gc.collect()
            print("meth:", r())
T().run()
def gen():
    x = make("gen")
    r = weakref.ref(x)
    del x
    gc.collect()
    yield r()
print(list(gen()))
def lam():
    x = make("lambda")
    r = weakref.ref(x)
    f = lambda: x
    f()
    del x, f
    gc.collect()
    print("lambda:", r())
lam()
def withcm():
    import contextlib
    x = make("cm")
    r = weakref.ref(x)
    with contextlib.suppress(KeyError):
        {}[x.name]
    del x
    gc.collect(); gc.collect()
    print("cm:", r())
withcm()
def kw():
    x = make("kw")
    r = weakref.ref(x)
    print(dict(a=x)["a"].name, sorted([x], key=lambda c: c.name)[0].name)
    del x
    gc.collect()
    print("kw:", r())
kw()
