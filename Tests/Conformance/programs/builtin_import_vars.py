# __import__ with its keywords and its errors, the "not a package" message, and vars()
# with and without an argument
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r.__name__ if hasattr(r, "__name__") else r)
    except Exception as e:
        print(type(e).__name__, e)

t(__import__, 1)
t(__import__, "x", level=-1)
t(__import__, "", level=0)
t(__import__, "")
t(__import__, ".a", level=0)
t(__import__, "a", globals={}, level=1)
t(__import__, "a", globals=1, level=1)
t(__import__, "a", None, level=1)
t(__import__)
t(__import__, "a", None, None, (), 0, 1)
t(__import__, "a", level="x")
t(__import__, "a", level=1.0)
t(__import__, "a", level=2**40)
t(__import__, "a", bogus=1)
t(__import__, "a", {"__package__": 5}, level=1)
t(__import__, "a", {"__name__": 5}, level=1)
t(__import__, "a", {"__name__": ""}, level=1)
t(__import__, "a", {"__name__": "x"}, level=2)
t(__import__, "a", {"__name__": "x.y.z"}, level=4)
t(__import__, "a", {"__package__": "p.q"}, level=3)
t(__import__, "math", fromlist=["pi"], level=0)
t(__import__, name="math")
t(__import__, "math", {}, {}, ["sqrt"])
class S(str): pass
t(__import__, S("math"))
t(__import__, "shapes", {"__package__": "support"}, None, ["Square"], 1)
t(__import__, "", {"__name__": "support.shapes"}, None, ["x"], 1)
t(__import__, "", {"__name__": "support", "__path__": []}, None, ["x"], 1)

for n in ["support.shapes.q", "support.zz", "support..shapes", "support.", "math.x.y", "nosuchmodule_xyz"]:
    try:
        __import__(n)
    except ImportError as e:
        print(type(e).__name__, e, "|", e.name)

def f():
    a = 1
    b = [a]
    print(sorted(vars()))
    print(vars() == locals())
f()
class C:
    x = 1
    print(sorted(vars()))
print(vars(C)["x"], type(vars(C)).__name__)
t(vars, 1)
t(vars, 1, 2)
t(vars, o=1)
class Sl:
    __slots__ = ("a",)
t(vars, Sl())
import math
print(vars(math)["pi"])
print(sorted(vars())[:4])
o = C()
vars(o)["y"] = 5
print(o.y)
