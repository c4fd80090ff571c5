# yield from passes send(), throw() and close() on to the subgenerator (or to any
# iterator's throw/close), and gi_yieldfrom, gi_frame, gi_suspended, cr_await


def inner():
    try:
        yield 1
    except KeyError as e:
        yield f"inner handled {e!r}"
    finally:
        print("inner finally")
    return "inner result"


def outer():
    result = yield from inner()
    print("outer got", result)
    yield "outer after"


g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
print(next(g, "exhausted"))

g = outer()
next(g)
g.close()
print("closed; inner finally ran first")


def unhandled_in_inner():
    try:
        yield from inner()
    except ValueError as e:
        print("outer caught", repr(e), "raised in inner")
        yield "recovered"


g = unhandled_in_inner()
next(g)
print(g.throw(ValueError("v")))


def returning_inner():
    try:
        yield "waiting"
    except KeyError:
        return "returned after the throw"


def outer2():
    value = yield from returning_inner()
    yield f"outer2 received {value!r}"


g = outer2()
next(g)
print(g.throw(KeyError))


class Delegate:
    """An iterator with throw() and close(), delegated to by yield from."""
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        return self.n

    def throw(self, exc):
        print("Delegate.throw got", repr(exc))
        return "delegate threw back a value"

    def close(self):
        print("Delegate.close called")


def over_delegate():
    yield from Delegate()


g = over_delegate()
print(next(g), next(g))
print(g.throw(IndexError("i")))
g.close()


def plain_iterator():
    yield from iter([1, 2, 3])


g = plain_iterator()
next(g)
try:
    g.throw(KeyError("no throw method: raised in the generator"))
except KeyError as e:
    print("KeyError", e)
g = plain_iterator()
next(g)
g.close()
print("closed a generator delegating to a list iterator")


def deep(n):
    if n == 0:
        try:
            yield "bottom"
        except GeneratorExit:
            print("bottom closed")
            raise
        finally:
            print("bottom finally")
    else:
        try:
            yield from deep(n - 1)
        finally:
            print("level", n, "finally")


g = deep(3)
print(next(g))
g.close()


def close_raises():
    try:
        yield 1
    finally:
        raise ValueError("raised while closing")


def outer3():
    try:
        yield from close_raises()
    except ValueError as e:
        print("outer3 sees", repr(e), "instead of GeneratorExit")
        raise


g = outer3()
next(g)
try:
    g.close()
except ValueError as e:
    print("close raised", repr(e))


def ignores():
    for _ in range(2):
        try:
            yield
        except GeneratorExit:
            pass


def outer4():
    yield from ignores()


g = outer4()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def sender():
    received = yield from echo()
    yield received


def echo():
    got = []
    while len(got) < 2:
        got.append((yield len(got)))
    return got


g = sender()
print(next(g), g.send("a"), g.send("b"))


def attributes():
    def child():
        yield 1
        yield 2

    def parent():
        yield from child()

    g = parent()
    print("before start:", g.gi_yieldfrom, g.gi_suspended, g.gi_running, g.gi_frame.f_code is g.gi_code)
    next(g)
    print("delegating:", g.gi_yieldfrom.__name__, g.gi_suspended, g.gi_frame.f_lineno - g.gi_code.co_firstlineno)
    list(g)
    print("finished:", g.gi_yieldfrom, g.gi_suspended, g.gi_frame)

    def running():
        yield g2.gi_running, g2.gi_suspended

    g2 = running()
    print("inside:", next(g2))


attributes()


class Tick:
    def __await__(self):
        yield "tick"


async def sleeper():
    await Tick()


async def waiter():
    await sleeper()


def coroutine_attributes():
    c = waiter()
    print(c.cr_await, c.cr_suspended, c.cr_running, c.cr_origin, c.cr_frame is not None)
    c.send(None)
    print(type(c.cr_await).__name__, c.cr_await.__name__, type(c.cr_await.cr_await).__name__, c.cr_suspended)
    try:
        c.throw(KeyError("thrown into the awaited coroutine"))
    except KeyError as e:
        print("propagated back out:", repr(e))
    print("after:", c.cr_await, c.cr_frame, c.cr_suspended)
    c = waiter()
    c.send(None)
    c.close()
    print("closed a coroutine awaiting another:", c.cr_frame)


coroutine_attributes()


def uncaught():
    yield from inner_raise()


def inner_raise():
    try:
        yield 1
    except KeyError:
        raise ValueError("raised by the inner generator while handling the thrown KeyError")


g = uncaught()
next(g)
g.throw(KeyError("thrown"))
