# An AttributeError from the generic attribute lookup carries name and obj whichever
# way the lookup was reached, the slot wrapper object.__getattribute__ included.

class A:
    present = None

class WithGetattr:
    def __getattr__(self, name):
        raise AttributeError(f"no {name} here")

obj = A()
lookups = [
    ("dot", lambda: obj.missing),
    ("getattr", lambda: getattr(obj, "missing")),
    ("object.__getattribute__", lambda: object.__getattribute__(obj, "missing")),
    ("A.__getattribute__", lambda: A.__getattribute__(obj, "other")),
    ("type attribute", lambda: A.missing),
]
for label, get in lookups:
    try:
        get()
    except AttributeError as exc:
        print(label, exc.name, exc.obj is obj or exc.obj is A, exc)

w = WithGetattr()
try:
    w.gone
except AttributeError as exc:
    print("__getattr__", exc.name, exc.obj is w, exc)
try:
    object.__getattribute__(w, "gone")
except AttributeError as exc:
    print("bypassing __getattr__", exc.name, exc.obj is w, exc)
