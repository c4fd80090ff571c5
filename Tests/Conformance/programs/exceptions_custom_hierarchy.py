# custom exception classes: attributes, __str__, args handling, hierarchies and except clause ordering
class AppError(Exception):
    """Base for the application."""

class NotFound(AppError):
    def __init__(self, what, where="db"):
        super().__init__(what, where)
        self.what = what
        self.where = where
    def __str__(self):
        return f"{self.what} not found in {self.where}"

class Invalid(AppError, ValueError):
    pass

class Silent(Exception):
    def __init__(self):
        pass

for exc in [NotFound("user"), NotFound("key", "cache"), Invalid("bad", 1), Silent(), AppError()]:
    try:
        raise exc
    except NotFound as e:
        print("NotFound:", e, e.args, e.what)
    except ValueError as e:
        print("ValueError branch:", type(e).__name__, e, e.args)
    except AppError as e:
        print("AppError:", repr(e), e.args)
    except Exception as e:
        print("other:", type(e).__name__, repr(str(e)), e.args)

print(Invalid.__mro__[1:3], issubclass(Invalid, ValueError), AppError.__doc__)
print(repr(NotFound("x")), str(Exception("a", "b")), str(Exception()), repr(Exception("only")))

class WithArgs(Exception):
    pass
e = WithArgs(1, 2)
e.args = ("replaced",)
print(e, e.args)
e.extra = "attached"
print(e.extra, vars(e))

def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except ArithmeticError:
        return "arithmetic"
    except BaseException as e:
        return "base " + type(e).__name__

print([classify(x) for x in [KeyError(), IndexError(), ZeroDivisionError(), OverflowError(), SystemExit(), KeyboardInterrupt()]])

try:
    try:
        raise NotFound("item")
    except Invalid:
        print("not this")
except AppError as outer:
    print("outer got", outer)

class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError
    except NotAnException:
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(KeyError(), LookupError), KeyError("k").__str__(), str(KeyError("k")), str(KeyError()))
raise NotFound("config", "disk")
