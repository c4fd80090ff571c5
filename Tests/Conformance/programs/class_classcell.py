# The __class__ cell is filled by type.__new__ (so __set_name__ can use it), and
# __build_class__ checks the metaclass passed it on, with CPython's errors.
class A:
    def f(self): return __class__
print('__classcell__' in A.__dict__, A().f() is A)
class D:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, owner.g())
class B:
    d = D()
    @classmethod
    def g(cls): return __class__.__name__
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns.pop('__classcell__', None)
        return super().__new__(mcls, name, bases, ns)
try:
    class C(metaclass=Meta):
        def f(self): return __class__
except RuntimeError as e:
    print("RuntimeError", e)
class Meta2(type):
    def __new__(mcls, name, bases, ns):
        ns['__classcell__'] = 5
        return super().__new__(mcls, name, bases, ns)
try:
    class C2(metaclass=Meta2):
        def f(self): return __class__
except TypeError as e:
    print("TypeError", e)
class Meta3(type):
    def __new__(mcls, name, bases, ns):
        c = super().__new__(mcls, name, bases, ns)
        return A
try:
    class C3(metaclass=Meta3):
        def f(self): return __class__
except TypeError as e:
    print("TypeError", e)
