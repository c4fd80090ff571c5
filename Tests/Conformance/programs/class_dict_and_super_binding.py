# __ipow__'s result is used even when None; an unbound super subclass binds by calling
# its class; a class-added __dict__ may be deleted, but a builtin base's own dict
# (a class's namespace, an exception's) keeps that base's rules.
class P:
    def __ipow__(self, other):
        pass


a = P()
a **= 2
print(a)


class Q:
    def __ipow__(self, other):
        return NotImplemented

    def __pow__(self, other):
        return "pow"


b = Q()
b **= 2
print(b)


class A:
    def meth(self):
        return "A"


class mysuper(super):
    def __init__(self, *args):
        super(mysuper, self).__init__(*args)


class B(A):
    def meth(self):
        s = self.__sup
        return type(s).__name__ + ":" + s.meth()


B._B__sup = mysuper(B)
print(B().meth())


class C:
    pass


c = C()
c.x = 1
del c.__dict__
print(c.__dict__, hasattr(c, "x"))
c.__dict__ = {"y": 2}
print(c.y)


class Base:
    pass


class Meta(Base, type):
    pass


class K(metaclass=Meta):
    pass


print(type(K.__dict__).__name__)
descriptor = Base.__dict__["__dict__"]
for target in (K,):
    try:
        descriptor.__set__(target, {})
    except AttributeError as e:
        print("AttributeError:", e)
try:
    K.__dict__["spam"] = 1
except TypeError as e:
    print("TypeError:", e)


class Error(Base, Exception):
    pass


e = Error()
e.__dict__ = {"a": 1}
print(e.a)
try:
    del e.__dict__
except TypeError as x:
    print("TypeError:", x)
