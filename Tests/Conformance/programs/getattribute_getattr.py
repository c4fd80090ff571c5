# __getattribute__ vs __getattr__: interception order, delegation to object, and proxies
class Traced:
    def __init__(self):
        self.real = "real value"
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("  getattribute", name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        print("  getattr fallback", name)
        return f"<{name}>"

t = Traced()
print(t.real)
print(t.missing)
print(getattr(t, "other", "default-unused"))

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append(("get", name))
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append(("set", name))
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self._log.append(("del", name))
        delattr(self._target, name)

class Target:
    def __init__(self):
        self.x = 1
    def double(self):
        return self.x * 2

tg = Target()
p = Proxy(tg)
print(p.x, p.double())
p.x = 21
print(p.double(), tg.x)
p.y = "new"
del p.y
print(p._log, hasattr(tg, "y"))
try:
    p.nothing
except AttributeError as e:
    print(type(e).__name__, e)

class RaisesInGetattribute:
    def __getattribute__(self, name):
        raise AttributeError(f"blocked {name}")
    def __getattr__(self, name):
        return "fallback after AttributeError"
print(RaisesInGetattribute().anything)

class OtherError:
    def __getattribute__(self, name):
        raise KeyError(name)
    def __getattr__(self, name):
        return "never"
try:
    OtherError().attr
except KeyError as e:
    print(type(e).__name__, e)

class Counter:
    count = 0
    def __getattr__(self, name):
        Counter.count += 1
        if Counter.count > 3:
            raise AttributeError(name)
        return Counter.count
c = Counter()
print(c.a, c.b, c.c, hasattr(c, "d"), Counter.count)
print(type(t).__getattribute__ is Traced.__getattribute__, object.__getattribute__(t, "real"))
