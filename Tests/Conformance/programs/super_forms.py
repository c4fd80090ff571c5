# super(): zero-argument form, explicit two-argument forms, super in classmethods, properties and __init__ chains
class Base:
    def __init__(self):
        self.trail = ["Base"]
    def hello(self):
        return "Base.hello"
    @classmethod
    def make(cls):
        return f"Base.make({cls.__name__})"
    @property
    def kind(self):
        return "base-kind"

class Left(Base):
    def __init__(self):
        super().__init__()
        self.trail.append("Left")
    def hello(self):
        return "Left>" + super().hello()

class Right(Base):
    def __init__(self):
        super().__init__()
        self.trail.append("Right")
    def hello(self):
        return "Right>" + super().hello()
    @classmethod
    def make(cls):
        return "Right>" + super().make()

class Both(Left, Right):
    def __init__(self):
        super().__init__()
        self.trail.append("Both")
    def hello(self):
        return "Both>" + super().hello()
    @property
    def kind(self):
        return "both+" + super().kind

b = Both()
print(b.trail, b.hello(), Both.make(), b.kind)
print(super(Left, b).hello(), super(Right, b).hello(), super(Both, Both).make(), super(Left, Both).make())
print(type(super(Both, b)).__name__, super(Both, b).__self__ is b, super(Both, b).__thisclass__.__name__)

class Broken(Base):
    def method(self):
        def inner():
            return super().hello()
        return inner()
try:
    Broken().method()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    super(Both, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super().hello()
except RuntimeError as e:
    print(type(e).__name__, e)
class NoAttr(Base):
    def go(self):
        return super().missing
try:
    NoAttr().go()
except AttributeError as e:
    print(type(e).__name__, e)
class WithNew:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.args = args
        return inst
print(WithNew(1, 2).args)
class StrLike(str):
    def upper(self):
        return "[" + super().upper() + "]"
print(StrLike("abc").upper(), len(StrLike("xy")))
