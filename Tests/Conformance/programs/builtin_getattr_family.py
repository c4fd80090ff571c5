# getattr, setattr, delattr and hasattr: defaults, descriptors, errors and __getattr__ interplay
class Config:
    debug = False
    def __init__(self):
        self.name = "app"

c = Config()
print(getattr(c, "name"), getattr(c, "debug"), getattr(c, "missing", "fallback"), getattr(Config, "debug"))
setattr(c, "level", 3)
print(c.level, hasattr(c, "level"), hasattr(c, "nope"))
delattr(c, "level")
print(hasattr(c, "level"))
setattr(Config, "shared", [1])
print(c.shared, getattr(c, "__class__").__name__)

try:
    getattr(c, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(c, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
for f, args in [(getattr, (c, 1)), (setattr, (c, 1, 2)), (delattr, (c, None)), (hasattr, (c, 3)),
                (getattr, (c,)), (setattr, (c, "a"))]:
    try:
        f(*args)
    except TypeError as e:
        print(f.__name__, type(e).__name__, e)

class Dynamic:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")

d = Dynamic()
print(getattr(d, "xyz"), hasattr(d, "xa"), hasattr(d, "ya"), getattr(d, "ya", "dflt"))

class Broken:
    @property
    def prop(self):
        raise ValueError("property failed")
try:
    hasattr(Broken(), "prop")
except ValueError as e:
    print("hasattr propagates", type(e).__name__, e)
print(getattr(Broken(), "other", "default"))

for obj, attr in [(1, "real"), ("s", "upper"), ([], "append")]:
    print(type(getattr(obj, attr)).__name__)
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(object(), "x", 2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(str, "x", 2)
except TypeError as e:
    print(type(e).__name__, e)
setattr(c, "with space", 1)
print(getattr(c, "with space"), sorted(vars(c)))
