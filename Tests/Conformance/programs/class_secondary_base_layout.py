# A class whose primary base leaves out __dict__ and __weakref__ (__slots__ = ())
# takes them from a secondary base, as CPython's type_new does; offsets are never
# inherited from a secondary base's layout.
import gc
from _weakref import ref as weakref_ref


class A:
    __slots__ = ()


class B:
    pass


class C(A, B):
    __slots__ = ()


print(C.__basicsize__ == B.__basicsize__, hasattr(C, "__dict__"), hasattr(C, "__weakref__"))
c = C()
c.x = 2
c.y = [1, 2]
print(c.x, c.__dict__)
w = weakref_ref(c)
print(w() is c)


class D(int, B):
    pass


print(D.__weakrefoffset__, D.__itemsize__)
try:
    weakref_ref(D(3))
except TypeError as e:
    print(e)
d = D(5)
d.z = "z"
print(d + 1, d.z)


class Slotted:
    __slots__ = ("a",)


class E(Slotted, B):
    __slots__ = ("b",)


e = E()
e.a, e.b, e.c = 1, 2, 3
print(e.a, e.b, e.c, sorted(vars(e)))
refs = [weakref_ref(E()) for _ in range(50)]
gc.collect()
print(sum(r() is None for r in refs))
