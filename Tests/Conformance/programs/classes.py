# classes: attributes, methods, inheritance, super, class attributes, properties
class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"

    def __repr__(self):
        return f"Animal({self.name!r})"


class Dog(Animal):
    kind = "dog"

    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed

    def speak(self):
        return super().speak() + " (woof)"


a = Animal("generic")
d = Dog("Rex", "lab")
print(a.speak())
print(d.speak(), d.breed, d.kind, Animal.kind)
print(repr(a), isinstance(d, Animal), isinstance(a, Dog), issubclass(Dog, Animal))
print(type(d).__name__, Dog.__mro__ if False else Dog.__name__, Dog.__qualname__)


class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def fahrenheit(self):
        return self._c * 9 // 5 + 32

    @staticmethod
    def unit():
        return "C"

    @classmethod
    def freezing(cls):
        return cls(0)


t = Temperature(100)
print(t.fahrenheit, Temperature.unit(), Temperature.freezing().fahrenheit)


class Counter:
    total = 0

    def __init__(self):
        Counter.total += 1
        self.id = Counter.total

    def __eq__(self, other):
        return isinstance(other, Counter) and self.id == other.id

    def __len__(self):
        return self.id


c1, c2 = Counter(), Counter()
print(c1.id, c2.id, Counter.total, c1 == c2, c1 == c1, len(c2))
print(hasattr(c1, "id"), getattr(c1, "missing", "default"))
setattr(c1, "extra", 5)
print(c1.extra)
try:
    c1.nothing
except AttributeError as e:
    print("AttributeError:", e)
