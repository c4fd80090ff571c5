# Generators marked by types.coroutine (CO_ITERABLE_COROUTINE) can be awaited and can
# 'yield from' coroutines; plain generators cannot; a coroutine awaited twice at once.
import types


@types.coroutine
def pause():
    got = yield "paused"
    return got


print(hex(pause.__code__.co_flags & 0x100))


async def main():
    value = await pause()
    return value * 2


c = main()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print("returned", e.value)


async def seven():
    return 7


waiting = seven()


def plain():
    yield from waiting


g = plain()
try:
    next(g)
except TypeError as e:
    print("TypeError:", e)
waiting.close()


@types.coroutine
def bridge():
    return (yield from seven())


b = bridge()
try:
    b.send(None)
except StopIteration as e:
    print("bridge", e.value)


def not_marked():
    yield


async def await_plain():
    await not_marked()


try:
    await_plain().send(None)
except TypeError as e:
    print("TypeError:", e)


async def inner():
    await pause()


running = inner()
running.send(None)


async def second():
    await running


try:
    second().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
running.close()
