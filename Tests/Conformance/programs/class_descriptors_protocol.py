# descriptors: data vs non-data precedence, __set_name__, __get__ with None instance, __delete__
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        print(f"set_name {owner.__name__}.{name}")
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person("ann", 30)
print(p.name, p.age, type(Person.name).__name__, vars(p))
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
del p.age
print(p.age)

class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"

class Data(NonData):
    def __set__(self, obj, value):
        raise AttributeError("read-only data descriptor")

class Host:
    nd = NonData()
    d = Data()

h = Host()
h.__dict__["nd"] = "instance wins over non-data"
h.__dict__["d"] = "instance loses to data"
print(h.nd, h.d, Host.nd, Host.d)
try:
    h.d = 5
except AttributeError as e:
    print(type(e).__name__, e)

class Method:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self.f
        return lambda *a: self.f(obj, *a)

class UsesMethod:
    @Method
    def hello(self, who):
        return f"hello {who} from {type(self).__name__}"
print(UsesMethod().hello("you"), UsesMethod.hello(None, "class").split(" from ")[0])

class Later:
    pass
d = Typed(int)
Later.added = d
print(hasattr(d, "name"))
d.__set_name__(Later, "added")
obj = Later()
obj.added = 5
print(obj.added, obj._added)
print(classmethod(len).__get__(None, int)(), staticmethod(len).__get__(None)("ab"))
