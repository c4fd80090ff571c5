# a transparent proxy with __getattr__/__setattr__/__delattr__ forwarding, recursion-safe attribute storage, and __getattribute__ tracing
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append(f"get {name}")
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append(f"set {name}")
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self._log.append(f"del {name}")
        delattr(self._target, name)
class Target:
    def __init__(self): self.x = 1
    def hello(self): return f"hello from target x={self.x}"
t = Target(); p = Proxy(t)
print(p.x, p.hello()); p.x = 5; print(t.x, p.hello()); p.y = 2; del p.y; print(hasattr(t, "y"))
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(p._log)
class Traced:
    def __init__(self): self.a = 1
    def __getattribute__(self, name):
        if not name.startswith("__"): print("lookup", name)
        return super().__getattribute__(name)
    def method(self): return self.a
tr = Traced(); print(tr.method(), getattr(tr, "a"), hasattr(tr, "zzz"))
class Fallback:
    known = "class attr"
    def __getattribute__(self, name):
        if name == "secret": raise AttributeError("hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name): return f"fallback:{name}"
f = Fallback(); print(f.known, f.secret, f.other)
class Lazy:
    def __getattr__(self, name):
        if name.startswith("computed_"):
            value = name[9:].upper()
            setattr(self, name, value)
            return value
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
lz = Lazy(); print(lz.computed_abc, vars(lz), lz.computed_abc)
try:
    lz.other
except AttributeError as e:
    print(type(e).__name__, e)
class Frozen:
    __slots__ = ("a",)
    def __setattr__(self, n, v):
        if hasattr(self, n): raise AttributeError(f"{n} is frozen")
        object.__setattr__(self, n, v)
fr = Frozen(); fr.a = 1
try:
    fr.a = 2
except AttributeError as e:
    print(type(e).__name__, e, fr.a)
