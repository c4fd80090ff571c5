# alternative constructors with classmethods, __new__ caching, immutable subclasses of int/str/tuple with __new__, __init__ not rerun
class Date:
    def __init__(self, y, m, d): self.y, self.m, self.d = y, m, d
    @classmethod
    def parse(cls, s): return cls(*map(int, s.split("-")))
    @classmethod
    def today_like(cls): return cls(2000, 1, 1)
    def __repr__(self): return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class Stamp(Date): pass
print(Date.parse("2023-04-05"), Stamp.parse("1999-12-31"), Stamp.today_like())
class Interned:
    _cache = {}
    def __new__(cls, key):
        if key in cls._cache:
            print("cached", key); return cls._cache[key]
        obj = super().__new__(cls); cls._cache[key] = obj; return obj
    def __init__(self, key): print("init", key); self.key = key
a = Interned("x"); b = Interned("x"); print(a is b)
class Celsius(float):
    def __new__(cls, v):
        if v < -273.15: raise ValueError("too cold")
        return super().__new__(cls, v)
    def __repr__(self): return f"{float(self)}°C"
t = Celsius(21.5); print(t, t + 1, type(t + 1).__name__, isinstance(t, float))
class Upper(str):
    def __new__(cls, s): return super().__new__(cls, s.upper())
u = Upper("hello"); print(u, len(u), u.lower(), type(u.lower()).__name__, type(u).__name__, u == "HELLO")
class Pair(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
    @property
    def first(self): return self[0]
p = Pair(1, 2); print(p, p.first, p[1], len(p), p + (3,), type(p + (3,)).__name__)
class Even(int):
    def __new__(cls, v):
        return super().__new__(cls, v if v % 2 == 0 else v + 1)
print(Even(3), Even(4), Even(3) + 1, type(Even(3) * 2).__name__)
class NotSelf:
    def __new__(cls): return 42
    def __init__(self): print("never runs")
print(NotSelf())
class Other: pass
class ReturnsOther:
    def __new__(cls): return Other()
    def __init__(self): print("never for Other")
print(type(ReturnsOther()).__name__)
try:
    Celsius(-300)
except ValueError as e:
    print(type(e).__name__, e)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
