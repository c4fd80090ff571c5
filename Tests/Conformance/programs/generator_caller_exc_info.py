# A generator that handles no exception itself sees the one its caller is handling:
# sys.exc_info(), a bare raise and implicit chaining fall through to the caller's.
import sys

def bare_raise():
    yield 1
    raise

it = bare_raise()
try:
    try:
        1 / 0
    except ZeroDivisionError:
        next(it)
        next(it)
except ZeroDivisionError as e:
    print("re-raised the caller's:", type(e).__name__)

def sees():
    while True:
        info = sys.exc_info()[0]
        yield info.__name__ if info else None

g = sees()
print(next(g))
try:
    raise ValueError
except ValueError:
    print(next(g))
print(next(g))

def own_then_callers():
    try:
        raise KeyError("own")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]

g = own_then_callers()
try:
    raise TypeError
except TypeError:
    print(next(g), sys.exc_info()[0].__name__, next(g), sys.exc_info()[0].__name__, next(g))

def chained():
    yield
    raise IndexError("inner")

g = chained()
next(g)
try:
    try:
        raise LookupError("outer")
    except LookupError:
        next(g)
except IndexError as e:
    print(type(e.__context__).__name__, e.__context__)

async def coro():
    return sys.exc_info()[0].__name__

try:
    raise OSError
except OSError:
    c = coro()
    try:
        c.send(None)
    except StopIteration as stop:
        print("coroutine sees", stop.value)

# Leaving its own handler while resumed from elsewhere, a generator goes back to
# seeing its caller of the moment, not the one that was handling when it entered.
def leaves_handler():
    try:
        raise ValueError
    except ValueError:
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()

g = leaves_handler()
try:
    raise IndexError
except IndexError:
    print(next(g))
print(next(g))
