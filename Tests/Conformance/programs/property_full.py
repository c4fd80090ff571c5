# property: getter/setter/deleter chaining, doc inheritance, subclass overriding one accessor, property in __slots__ classes, errors
class Temp:
    def __init__(self): self._c = 0
    @property
    def celsius(self):
        "Temperature in Celsius."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15: raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self): print("deleting"); self._c = 0
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32, lambda self, f: setattr(self, "celsius", (f - 32) * 5 / 9), None, "F doc")
t = Temp(); t.celsius = 100; print(t.celsius, t.fahrenheit); t.fahrenheit = 32; print(t.celsius); del t.celsius
print(Temp.celsius.__doc__, Temp.fahrenheit.__doc__, Temp.celsius.fget.__name__, Temp.celsius.fset.__name__, Temp.fahrenheit.fdel)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
class Child(Temp):
    @Temp.celsius.getter
    def celsius(self): return f"child sees {self._c}"
c = Child(); c.celsius = 5; print(c.celsius, Temp().celsius)
class Slotted:
    __slots__ = ("_v",)
    def __init__(self): self._v = 1
    v = property(lambda self: self._v)
    @v.setter
    def v(self, x): self._v = x
s = Slotted(); s.v = 9; print(s.v)
try:
    s.other = 1
except AttributeError as e:
    print(type(e).__name__, e)
p = property(doc="only doc")
print(p.__doc__, p.fget, p.getter(len).fget is len, p.getter(len).__doc__)
class NoSet:
    x = property(lambda self: 1)
for act in [lambda: setattr(NoSet(), "x", 2), lambda: delattr(NoSet(), "x")]:
    try:
        act()
    except AttributeError as e:
        print(type(e).__name__, e)
class Lazy:
    calls = 0
    @property
    def expensive(self):
        Lazy.calls += 1
        self.__dict__["cached"] = 42
        return 42
l = Lazy(); print(l.expensive, l.expensive, Lazy.calls, l.cached)
class Raises:
    @property
    def broken(self): raise AttributeError("inner missing")
    def __getattr__(self, name): return f"fallback for {name}"
print(Raises().broken)
print(isinstance(Temp.celsius, property), property.__mro__[-1].__name__, hasattr(property, "__isabstractmethod__"))
