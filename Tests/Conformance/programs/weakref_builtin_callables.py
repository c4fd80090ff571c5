# Weak references to builtin functions, bound builtin methods, bound methods and code
# objects, which CPython allows; and the types that refuse them.
import gc
import sys
import weakref


class A:
    def method(self):
        return "method"


def make():
    return lambda: 42


items = [[].append, "".join, A().method, make().__code__, make()]
for item in items:
    r = weakref.ref(item)
    print(type(item).__name__, r() is item, weakref.getweakrefcount(item))

print(weakref.ref(len)() is len, weakref.ref(sys.getsizeof)() is sys.getsizeof)

for refused in (sys._getframe(), int.__add__, str.join, (1).__add__, 1, "s", (), None):
    try:
        weakref.ref(refused)
        print("allowed", type(refused).__name__)
    except TypeError as e:
        print(e)


def dropped():
    seen = []
    a = A()
    m = a.method
    refs = [weakref.ref(m, lambda r: seen.append("method gone"))]
    c = make().__code__.replace(co_name="renamed")
    refs.append(weakref.ref(c, lambda r: seen.append("code gone")))
    b = [].append
    refs.append(weakref.ref(b, lambda r: seen.append("builtin gone")))
    return refs, seen


refs, seen = dropped()
gc.collect()
print(sorted(seen))

f = make()
proxy = weakref.proxy(f)
print(proxy())
ws = weakref.WeakSet([len, print])
print(len(ws), len in ws)
wk = weakref.WeakKeyDictionary({A().method: 1})
gc.collect()
print(len(wk))
code = make().__code__
copy = code.replace(co_name="other")
print(weakref.ref(copy)() is copy, weakref.getweakrefcount(code))
