# staticmethod and classmethod: binding rules, alternate constructors, inheritance, and descriptor objects
class Temperature:
    scale = "C"
    def __init__(self, degrees):
        self.degrees = degrees
    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)
    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.scale}"
    @staticmethod
    def valid(d):
        return d >= -273.15
    def __repr__(self):
        return f"{type(self).__name__}({self.degrees:.1f})"

class Kelvin(Temperature):
    scale = "K"

print(Temperature.from_fahrenheit(212), Kelvin.from_fahrenheit(32), Kelvin.describe(), Kelvin(1).describe())
print(Temperature.valid(-300), Temperature(5).valid(5), type(Temperature.__dict__["valid"]).__name__, type(Temperature.__dict__["describe"]).__name__)
sm = Temperature.__dict__["valid"]
cm = Temperature.__dict__["from_fahrenheit"]
print(sm.__func__(1), cm.__func__(Kelvin, 50), callable(sm), cm.__get__(None, Kelvin)(41))
print(Temperature.from_fahrenheit.__self__ is Temperature, Kelvin.describe.__self__ is Kelvin, Temperature.valid.__name__)

class Counter:
    count = 0
    @classmethod
    def increment(cls):
        cls.count += 1
        return cls.count
class SubCounter(Counter):
    pass
print(Counter.increment(), SubCounter.increment(), SubCounter.increment(), Counter.count, SubCounter.count)

def plain(*args):
    return args
class Holder:
    method = plain
    static = staticmethod(plain)
    klass = classmethod(plain)
h = Holder()
print(h.method(1)[1:], h.static(1), h.klass(1)[0].__name__, Holder.method(1), Holder.klass()[0] is Holder)
try:
    staticmethod()
except TypeError as e:
    print(type(e).__name__, e)
print(staticmethod(plain).__wrapped__ is plain, classmethod(plain).__wrapped__ is plain)
class Chain:
    @classmethod
    @property
    def name(cls):
        return cls.__name__.lower()
print(Chain.name)
