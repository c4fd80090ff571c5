# property: getter/setter/deleter, read-only errors, docstrings, inheritance and overriding
class Temperature:
    def __init__(self, celsius):
        self._c = celsius
    @property
    def celsius(self):
        "Degrees Celsius."
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(20)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit, Temperature.celsius.__doc__)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)

class Base:
    @property
    def name(self):
        return "base"
class Child(Base):
    @property
    def name(self):
        return "child of " + super().name
print(Child().name, isinstance(Base.name, property))

def get_x(self):
    return self._x
def set_x(self, v):
    self._x = v * 2
class Manual:
    x = property(get_x, set_x, None, "manual doc")
m = Manual()
m.x = 5
print(m.x, Manual.x.__doc__, Manual.x.fget is get_x, Manual.x.fset is set_x, Manual.x.fdel)

class Lazy:
    calls = 0
    @property
    def value(self):
        Lazy.calls += 1
        return 42
lz = Lazy()
print(lz.value, lz.value, Lazy.calls)
lz.__dict__["value"] = "shadow"
print(lz.value)

class Raising:
    @property
    def bad(self):
        raise KeyError("inside getter")
try:
    Raising().bad
except KeyError as e:
    print(type(e).__name__, e)
p = property()
try:
    p.__get__(object())
except AttributeError as e:
    print(type(e).__name__, e)
print(property(lambda s: 1).getter(lambda s: 2).fget(None))
