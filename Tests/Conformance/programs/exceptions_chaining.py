# exception chaining: implicit __context__, explicit from, from None, __suppress_context__, and nesting
def implicit():
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("while handling")

def explicit():
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("converted") from e

def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise LookupError("clean") from None

def describe(e):
    return (type(e).__name__, str(e), type(e.__context__).__name__ if e.__context__ else None,
            type(e.__cause__).__name__ if e.__cause__ else None, e.__suppress_context__)

for f in (implicit, explicit, suppressed):
    try:
        f()
    except Exception as e:
        print(describe(e))

try:
    raise TypeError("a") from ValueError("b")
except TypeError as e:
    print(describe(e), repr(e.__cause__))

e = RuntimeError("manual")
e.__cause__ = KeyError("k")
print(e.__suppress_context__, describe(e))
try:
    raise ValueError from 5
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise ValueError from KeyError
except ValueError as err:
    print(repr(err.__cause__))

def deep_context():
    try:
        try:
            raise KeyError(1)
        except KeyError:
            raise IndexError(2)
    except IndexError:
        raise NameError(3)
try:
    deep_context()
except NameError as err:
    chain = []
    cur = err
    while cur:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print(chain)

try:
    try:
        raise ValueError("inner")
    finally:
        print("finally sees exception pending")
except ValueError as err:
    print("outer caught", err, err.__context__)

def reraise_same():
    try:
        raise KeyError("same")
    except KeyError as e:
        raise e
try:
    reraise_same()
except KeyError as err:
    print("context of re-raised:", err.__context__)
try:
    raise 5
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise
except RuntimeError as err:
    print(type(err).__name__, err)
