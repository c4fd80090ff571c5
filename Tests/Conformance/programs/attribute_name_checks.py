# Every tp_getattro and tp_setattro refuses a name that is not a str, also when its slot
# wrapper is called directly (this crashed Krait for classes and super objects)
import sys, _weakref
class K: pass
k = K()
p = _weakref.proxy(k)
def alias(): return list[int]
cases = {
 "module get": lambda: type(sys).__getattribute__(sys, None),
 "module set": lambda: type(sys).__setattr__(sys, None, 1),
 "module del": lambda: type(sys).__delattr__(sys, 1),
 "super get": lambda: super.__getattribute__(super(K, K()), None),
 "func get": lambda: (lambda: 0).__getattribute__(None),
 "func set": lambda: (lambda: 0).__setattr__(None, 1),
 "proxy get": lambda: type(p).__getattribute__(p, None),
 "proxy set": lambda: type(p).__setattr__(p, None, 1),
 "alias get": lambda: type(alias()).__getattribute__(alias(), None),
 "method get": lambda: type(k.__init__).__getattribute__(K().__eq__, None),
 "type get": lambda: type.__getattribute__(K, None),
 "type set": lambda: type.__setattr__(K, None, 1),
 "type del": lambda: type.__delattr__(K, None),
 "type get int": lambda: type.__getattribute__(K, 1),
 "getattr sub": lambda: getattr(K, type("S", (str,), {})("x")),
}

for n, f in cases.items():
    try:
        print(n, f(), flush=True)
    except Exception as e:
        print(n, type(e).__name__, e, flush=True)
class S(str):
    pass
class G:
    def __getattr__(self, name):
        return ("fallback", name, type(name).__name__)
g = G()
print(getattr(g, S("zz")))
print(getattr(g, "yy"))
for obj in (K, K(), sys, g, super(K, K())):
    for name in (None, 1, b"x", S("x")):
        for label, f in (("get", lambda: getattr(obj, name)), ("has", lambda: hasattr(obj, name)),
                         ("set", lambda: setattr(obj, name, 1)), ("del", lambda: delattr(obj, name))):
            try:
                r = f()
                print(type(obj).__name__, label, repr(name), "->", r if label != "get" or not callable(r) else "callable")
            except Exception as e:
                print(type(obj).__name__, label, repr(name), type(e).__name__, e)
try:
    object.__setattr__(K, "a", 1)
except TypeError as e:
    print(e)
try:
    object.__delattr__(int, "a")
except TypeError as e:
    print(e)
try:
    type.__setattr__(int, "a", 1)
except TypeError as e:
    print(e)
class Logged:
    def __setattr__(self, name, value):
        print("setting", name)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("deleting", name)
        object.__delattr__(self, name)
lg = Logged()
lg.a = 1
del lg.a
class Meta(type):
    def __setattr__(cls, name, value):
        print("meta setting", name)
        type.__setattr__(cls, name, value)
class WithMeta(metaclass=Meta):
    pass
WithMeta.x = 5
print(WithMeta.x)
class IntSub(int):
    pass
i = IntSub(3)
object.__setattr__(i, "tag", "t")
print(i.tag)
for target, how in ((WithMeta, object.__setattr__), (IntSub, object.__setattr__), (Logged, object.__setattr__)):
    try:
        how(target, "y", 1)
        print(target.__name__, "set", target.y)
    except TypeError as e:
        print(e)
try:
    type.__setattr__(lg, "z", 1)
except TypeError as e:
    print(e)
