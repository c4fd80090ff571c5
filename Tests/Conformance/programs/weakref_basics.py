# weakref.ref, proxies and the _weakref module. Objects die inside helper functions and
# gc.collect() runs before each death is observed: CPython frees on the last reference,
# Krait at a collection.
import gc
import weakref
import _weakref


class A:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "A(%s)" % self.name


def shape(text):
    # Addresses differ from run to run: keep what is around them.
    parts = text.split(" at 0x")
    return " at 0x#".join([parts[0]] + [p[p.find(";"):] if ";" in p else p[p.find(" "):] if " " in p else ">" for p in parts[1:]])


events = []


def dies_with_callback(name):
    a = A(name)
    return weakref.ref(a, lambda r: events.append(("callback", name, r() is None)))


print(sorted(n for n in dir(_weakref) if not n.startswith("__")))
print(_weakref.ref is weakref.ref, weakref.ReferenceType is weakref.ref)
print(weakref.ref, weakref.ProxyType, weakref.CallableProxyType)
print(weakref.ref.__name__, weakref.ProxyType.__name__)

a = A("a")
r = weakref.ref(a)
print(r() is a, weakref.ref(a) is r, r.__callback__)
with_cb = weakref.ref(a, print)
print(with_cb is r, with_cb.__callback__ is print, with_cb == r, with_cb != r)
print(weakref.getweakrefcount(a), weakref.getweakrefs(a) == [r, with_cb], a.__weakref__ is r)
print(hash(r) == hash(a), shape(repr(r)))

def f():
    pass

fr = weakref.ref(f)
print(fr() is f, shape(repr(fr)), shape(repr(weakref.ref(A))))

for bad in [1, "s", (1,), [1], {}, None, 2.5]:
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)

for call in [lambda: weakref.ref(), lambda: weakref.ref(a, None, 1), lambda: r(1), lambda: weakref.proxy()]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# Death: the callback gets the dead reference; calling it gives None.
dead = dies_with_callback("b")
gc.collect()
print(events, dead(), dead.__callback__, shape(repr(dead)))
try:
    hash(dead)
except TypeError as e:
    print("TypeError:", e)

# A hash computed while alive survives the death.
def hashed():
    b = A("hashed")
    h = weakref.ref(b)
    return h, hash(h) == hash(b)

h, same = hashed()
gc.collect()
print(same, h() is None, isinstance(hash(h), int))

# Equality: live references compare their referents, dead ones by identity.
class Eq:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__

e1, e2 = Eq(), Eq()
print(weakref.ref(e1) == weakref.ref(e2), weakref.ref(e1) != weakref.ref(e2))
print(weakref.ref(e1) == e1, dead == dead, dead == h)

# Callbacks run newest first for one referent.
def three():
    x = A("x")
    return [weakref.ref(x, lambda r, i=i: events.append(i)) for i in range(3)]

events.clear()
refs = three()
gc.collect()
print(events)

# A reference that dies before its referent is forgotten.
keep = A("keep")
def temporary():
    weakref.ref(keep, print)
temporary()
gc.collect()
print(weakref.getweakrefcount(keep))

# Subclasses of ref carry attributes and keep their own identity.
class Named(weakref.ref):
    def __init__(self, ob, callback=None):
        super().__init__(ob, callback)
        self.label = "named"

n = Named(keep)
print(type(n).__name__, n() is keep, n.label, n is not weakref.ref(keep), isinstance(n, weakref.ref))

# Proxies forward everything.
class Box:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Box(self.v + other)
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
    def __call__(self, x):
        return x * 2
    def __str__(self):
        return "Box(%d)" % self.v

box = Box(5)
p = weakref.proxy(box)
print(p.v, (p + 1).v, len(p), p[4], str(p), p(21), type(p).__name__)
p.v = 7
print(box.v, weakref.proxy(box) is p, weakref.getweakrefcount(box))
print(shape(repr(p)))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
lst = [1, 2]
class L(list):
    pass
ll = L([3, 4])
q = weakref.proxy(ll)
print(len(q), q[0], 3 in q, list(q), q + [5], q == [3, 4])
print(type(weakref.proxy(f)).__name__, type(weakref.proxy(keep)).__name__)

def dead_proxy():
    c = Box(1)
    return weakref.proxy(c)

dp = dead_proxy()
gc.collect()
for use in [lambda: dp.v, lambda: dp + 1, lambda: len(dp), lambda: str(dp), lambda: bool(dp)]:
    try:
        use()
    except ReferenceError as e:
        print("ReferenceError:", e)

# _remove_dead_weakref deletes a key only when its weakref died.
d = {"dead": dead, "live": r}
_weakref._remove_dead_weakref(d, "dead")
_weakref._remove_dead_weakref(d, "live")
_weakref._remove_dead_weakref(d, "missing")
print(sorted(d))
