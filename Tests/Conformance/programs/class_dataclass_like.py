# a dataclass-like decorator written by hand: generated __init__, __repr__, __eq__, ordering and frozen fields
def record(cls=None, *, frozen=False, order=False):
    def wrap(cls):
        fields = list(cls.__annotations__)
        defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}
        def __init__(self, *args, **kwargs):
            if len(args) > len(fields):
                raise TypeError(f"{cls.__name__}() takes {len(fields)} positional arguments")
            values = dict(zip(fields, args))
            for k, v in kwargs.items():
                if k not in fields:
                    raise TypeError(f"{cls.__name__}() got an unexpected keyword argument '{k}'")
                if k in values:
                    raise TypeError(f"{cls.__name__}() got multiple values for argument '{k}'")
                values[k] = v
            for f in fields:
                if f not in values:
                    if f not in defaults:
                        raise TypeError(f"{cls.__name__}() missing argument '{f}'")
                    values[f] = defaults[f]
                object.__setattr__(self, f, values[f])
        def __repr__(self):
            return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
        def astuple(self):
            return tuple(getattr(self, f) for f in fields)
        def __eq__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return astuple(self) == astuple(other)
        cls.__init__ = __init__
        cls.__repr__ = __repr__
        cls.__eq__ = __eq__
        cls.__hash__ = (lambda self: hash(astuple(self))) if frozen else None
        if order:
            cls.__lt__ = lambda self, other: astuple(self) < astuple(other)
        if frozen:
            def __setattr__(self, name, value):
                raise AttributeError(f"cannot assign to field '{name}'")
            cls.__setattr__ = __setattr__
        return cls
    return wrap if cls is None else wrap(cls)

@record
class Point:
    x: int
    y: int = 0

@record(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0

p = Point(1)
print(p, Point(1, 2), Point(y=5, x=3), p == Point(1, 0), p == (1, 0), p != Point(2))
p.x = 10
print(p)
v = Version(1, 2)
print(v, sorted([Version(2), Version(1, 5), Version(1)]), hash(v) == hash(Version(1, 2)), {v, Version(1, 2)})
for make in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2)]:
    try:
        make()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    v.major = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    hash(p)
except TypeError as e:
    print(type(e).__name__, e)
print(Point.__annotations__, Version.__lt__(Version(1), Version(2)))
