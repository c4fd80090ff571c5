# async generators (PEP 525) driven by a small event loop: async for, __anext__,
# asend, athrow, aclose, their awaitables, ag_* attributes, aiter() and anext()


class Tick:
    """An awaitable that passes one value up to the event loop."""
    def __init__(self, label):
        self.label = label

    def __await__(self):
        got = yield ("tick", self.label)
        return got


def run(coro):
    """Sends None (or what a tick asks for) until the coroutine returns."""
    events = []
    value = None
    while True:
        try:
            event = coro.send(value)
        except StopIteration as stop:
            print("loop events:", events)
            return stop.value
        events.append(event)
        value = f"resumed {event[1]}"


async def counter(n):
    for i in range(n):
        got = await Tick(i)
        yield i, got
    print("counter finished")


async def collect():
    out = []
    async for item in counter(3):
        out.append(item)
    return out


print(run(collect()))


async def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            received.append(value)
    finally:
        print("echo received", received)


async def drive_echo():
    g = echo()
    print("first:", await g.asend(None))
    print("second:", await g.asend("a"))
    print("third:", await g.asend("b"))
    await g.aclose()
    print("closed; next gives:", end=" ")
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")


run(drive_echo())


async def catcher():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            yield f"caught {e!r}"


async def drive_athrow():
    g = catcher()
    print(await g.__anext__())
    print(await g.athrow(KeyError("k")))
    print(await g.__anext__())
    print(await g.athrow(KeyError, "second"))
    try:
        await g.athrow(ValueError("not caught"))
    except ValueError as e:
        print("athrow propagated:", repr(e))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("finished after the uncaught exception")


run(drive_athrow())


async def with_finally():
    try:
        yield 1
        yield 2
    finally:
        await Tick("cleanup")
        print("finally awaited")


async def drive_aclose():
    g = with_finally()
    print(await g.__anext__())
    print("aclose result:", await g.aclose())
    print("aclose again:", await g.aclose())
    g2 = with_finally()
    print("aclose before start:", await g2.aclose())


run(drive_aclose())


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuses"


async def drive_stubborn():
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)


run(drive_stubborn())


async def attributes():
    g = counter(2)
    print(type(g).__name__, g.__name__, g.__qualname__, g.ag_code.co_name)
    print("running:", g.ag_running, "await:", g.ag_await, "frame is None:", g.ag_frame is None)
    a = g.__anext__()
    print(type(a).__name__, type(g.athrow(ValueError)).__name__, type(g.aclose()).__name__)
    step = a.send(None)
    print("suspended in an await:", step, "ag_await:", type(g.ag_await).__name__, "running:", g.ag_running)
    try:
        a.send("value for the tick")
    except StopIteration as stop:
        print("yielded through StopIteration:", stop.value)
    print("after the yield, ag_running:", g.ag_running, "ag_await:", g.ag_await)
    async for _ in g:
        pass
    print("finished: frame", g.ag_frame, "await", g.ag_await)
    print("__aiter__ returns itself:", g.__aiter__() is g)


run(attributes())


async def builtins_aiter_anext():
    it = aiter(counter(2))
    print(await anext(it))
    print(await anext(it, "unused default"))
    print(await anext(it, "default after the end"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("anext without default: StopAsyncIteration")

    class Manual:
        def __init__(self):
            self.n = 0

        def __aiter__(self):
            return self

        async def __anext__(self):
            self.n += 1
            if self.n > 2:
                raise StopAsyncIteration
            await Tick(f"manual {self.n}")
            return self.n

    m = Manual()
    print(aiter(m) is m, await anext(m), await anext(m, "d"), await anext(m, "d"))
    for bad in (1, [1], "s"):
        try:
            aiter(bad)
        except TypeError as e:
            print("aiter:", e)
        try:
            anext(bad)
        except TypeError as e:
            print("anext:", e)

    class NotAnIterator:
        def __aiter__(self):
            return 42

    try:
        aiter(NotAnIterator())
    except TypeError as e:
        print("aiter:", e)
    for args in ((), (1, 2, 3)):
        try:
            anext(*args)
        except TypeError as e:
            print("anext:", e)


run(builtins_aiter_anext())


async def generator_expression():
    squares = (i * i async for i, _ in counter(3))
    print(type(squares).__name__, squares.__name__)
    print([x async for x in squares])
    nested = [[j async for j, _ in counter(i)] for i in range(3)]
    print(nested)


run(generator_expression())


async def return_without_value():
    yield 1
    return


async def drive_return():
    print([x async for x in return_without_value()])


run(drive_return())
