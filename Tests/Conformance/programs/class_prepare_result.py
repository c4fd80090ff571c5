# A metaclass's __prepare__ must return a mapping.
class BadMeta(type):
    @classmethod
    def __prepare__(*args):
        return None

try:
    class Foo(metaclass=BadMeta):
        pass
except TypeError as e:
    print("TypeError:", e)

class NotAType:
    @classmethod
    def __prepare__(*args):
        return 42

try:
    class Bar(metaclass=NotAType()):
        pass
except TypeError as e:
    print("TypeError:", e)

class Mapping:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        return self.data[key]
    def __setitem__(self, key, value):
        self.data[key] = value

class GoodMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Mapping()
    def __new__(mcls, name, bases, ns):
        return type.__new__(mcls, name, bases, dict(ns.data))

class Baz(metaclass=GoodMeta):
    x = 1
print(Baz.x, type(Baz).__name__)
