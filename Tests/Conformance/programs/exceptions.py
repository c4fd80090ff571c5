# try/except/else/finally, raise from, chaining, custom exceptions, with
class MyError(Exception):
    pass

def risky(n):
    if n == 0:
        raise MyError("zero!")
    if n == 1:
        raise ValueError("one")
    return n

for n in [0, 1, 2]:
    try:
        r = risky(n)
    except MyError as e:
        print("MyError", e, type(e).__name__)
    except (ValueError, TypeError) as e:
        print("value or type", repr(e))
    else:
        print("ok", r)
    finally:
        print("finally", n)

def returns_in_finally():
    try:
        return "try"
    finally:
        print("cleanup runs")

print(returns_in_finally())

def nested():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    except LookupError as e:
        print("caught lookup", e)
    return "done"

print(nested())

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)

try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print(e, repr(e.__context__))

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None)
        return kind is ZeroDivisionError

with Resource("a") as r, Resource("b"):
    print("inside", r.name)

with Resource("c"):
    1 // 0
print("suppressed")

for i in range(3):
    try:
        if i == 1:
            continue
        print("loop", i)
    finally:
        print("loop finally", i)

try:
    raise
except RuntimeError as e:
    print("bare raise:", e)

def unbound():
    print(x)
    x = 1
try:
    unbound()
except UnboundLocalError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
