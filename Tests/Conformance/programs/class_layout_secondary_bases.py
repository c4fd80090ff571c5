# Classes whose layout base has __slots__ and whose other bases bring __dict__ or
# __weakref__: the instance dict must live where the collector looks for it (under
# KRAIT_GC_STRESS the loop below sees collections while the instances live).
import _weakref as weakref


class F:
    __slots__ = ('__weakref__',)


class M:
    pass


class C(F, M):
    __slots__ = ()


class D(F, M):
    pass


class S:
    __slots__ = ('a',)


class E(S, M):
    __slots__ = ('b',)


class N:
    __slots__ = ()


class G(F, N):
    __slots__ = ()


c, d, e = C(), D(), E()
c.x = 1
d.y = [2]
e.z, e.a, e.b = {3: 3}, 1, 2
for i in range(40):
    hasattr(c, 'q'), hasattr(d, 'q'), hasattr(e, 'q')
    [str(j) for j in range(5)]
print(c.__dict__, d.__dict__, e.__dict__, e.a, e.b)
print(weakref.ref(c)() is c, weakref.ref(d)() is d, weakref.ref(e)() is e)
print(hasattr(G(), '__dict__'), weakref.ref(G()) is not None)
try:
    G().x = 1
except AttributeError as ex:
    print(ex)
