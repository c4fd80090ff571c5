# class bodies as scopes: names visible to later statements but not to methods, __qualname__ of nested classes and functions, class-level loops
x = "module"
class Outer:
    x = "class"
    y = x + "!"
    def method(self): return x
    items = [i for i in range(3)]
    total = 0
    for i in range(4): total += i
    del i
    class Inner:
        def deep(self): return "deep"
    z = [Inner.__name__]
print(Outer.y, Outer().method(), Outer.items, Outer.total, hasattr(Outer, "i"), Outer.z)
print(Outer.Inner.__qualname__, Outer.Inner.deep.__qualname__, Outer.method.__qualname__)
def factory():
    class Local:
        def m(self): pass
    return Local
L = factory(); print(L.__qualname__, L.m.__qualname__, (lambda: 0).__qualname__, factory.__qualname__)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
print([Counter().id for _ in range(3)], Counter.count)
def func_with_class(v):
    class C:
        attr = v
        doubled = v * 2
    return C
print(func_with_class(3).attr, func_with_class("ab").doubled)
class Order:
    log = []
    log.append("first")
    def __init__(self): pass
    log.append("second")
print(Order.log, list(k for k in Order.__dict__ if not k.startswith("__")))
try:
    class Broken:
        a = 1
        b = undefined_name
except NameError as e:
    print(type(e).__name__, e)
class Shadow:
    len = 5
    size = len
    def uses_builtin(self): return len("abc")
print(Shadow.size, Shadow().uses_builtin())
