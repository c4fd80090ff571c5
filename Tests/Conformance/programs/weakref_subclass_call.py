# gc-stress-interval: 50 (imports weakref, whose _collections_abc and _weakrefset imports take minutes to load when every allocation collects)
# super().__call__() from a subclass of a builtin callable type reaches the builtin's
# call, not the subclass's __call__ again; a weakref's repr takes __name__ from the
# referent's type, as CPython's _PyObject_LookupSpecial.
import weakref
from _functools import partial

class C:
    def method(self):
        return "method result"

class CountingRef(weakref.ref):
    calls = 0
    def __call__(self):
        CountingRef.calls += 1
        return super().__call__()

class Deeper(CountingRef):
    pass

o = C()
r = CountingRef(o)
print(r() is o, Deeper(o)() is o, CountingRef.calls)

m = weakref.WeakMethod(o.method)
print(m()(), type(m).__call__ is weakref.WeakMethod.__call__)

class Plus(partial):
    def __call__(self, *args, **kwargs):
        return super().__call__(*args, **kwargs) + 1

class PlusAgain(Plus):
    pass

print(Plus(int, "41")(), PlusAgain(int, base=16)("ff"))


def shown(ref):
    words = repr(ref).split()
    return " ".join("ADDR" + w[-2:].strip("0123456789abcdef") if w.startswith("0x") else w for w in words)

class Named:
    __name__ = "class attribute"

class Config(dict):
    def __getattr__(self, name):
        return self[name]

inst = C()
inst.__name__ = "instance attribute"
def function():
    pass

for target in (inst, Named(), Config(a=1), function, C):
    print(shown(weakref.ref(target)))
