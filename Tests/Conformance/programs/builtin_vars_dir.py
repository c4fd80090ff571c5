# vars() and dir(): instance and class namespaces, __slots__, modules, and objects without __dict__
class Base:
    base_attr = 1
    def method(self):
        pass

class Child(Base):
    child_attr = 2
    def __init__(self):
        self.x = 10
        self.y = 20

c = Child()
print(vars(c))
vars(c)["z"] = 30
print(c.z, sorted(vars(c)))
print(sorted(k for k in vars(Child) if not k.startswith("__")))
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])

class Slotted:
    __slots__ = ("a", "b")
s = Slotted()
s.a = 1
try:
    vars(s)
except TypeError as e:
    print(type(e).__name__, e)
print([n for n in dir(s) if not n.startswith("__")])

for obj in [1, "s", [1], None]:
    try:
        vars(obj)
    except TypeError as e:
        print(type(e).__name__, e)

def func():
    pass
func.tag = "t"
print(vars(func))

class CustomDir:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(CustomDir()))

class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)

def local_scope():
    a = 1
    b = 2
    return dir(), vars() if False else sorted(locals())
print(local_scope())

import math
print("sqrt" in dir(math), "pi" in vars(math))
try:
    vars(c, c)
except TypeError as e:
    print(type(e).__name__, e)
print("__init__" in dir(c), "__class__" in dir(c), "x" in dir(c))
