# context managers built by hand from generators (no contextlib): setup/teardown, exception injection, suppression
class generator_cm:
    def __init__(self, func, *args):
        self.gen = func(*args)
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, typ, val, tb):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(val)
        except StopIteration:
            return True
        except BaseException as e:
            if e is val:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")

def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

def suppress(*types):
    try:
        yield
    except types as e:
        print("suppressed", type(e).__name__, e)

with generator_cm(tag, "html") as t1, generator_cm(tag, "body") as t2:
    print("content", t1, t2)

with generator_cm(suppress, KeyError, IndexError):
    [][1]
print("after suppression")

try:
    with generator_cm(suppress, KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped", e)

def translating():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("translated") from e
try:
    with generator_cm(translating):
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

def two_yields():
    yield 1
    yield 2
try:
    with generator_cm(two_yields):
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

class Timer:
    log = []
    def __enter__(self):
        Timer.log.append("start")
        return self
    def __exit__(self, *exc):
        Timer.log.append("stop" if exc[0] is None else f"stop after {exc[0].__name__}")
        return False
for i in range(2):
    try:
        with Timer():
            if i:
                raise KeyError
    except KeyError:
        pass
print(Timer.log)
