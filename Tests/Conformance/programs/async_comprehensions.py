# async comprehensions and async generator expressions (PEP 530): async for and
# await inside list, set and dict comprehensions and generator expressions


class Tick:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield ("tick", self.value)
        return self.value


def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as stop:
            return stop.value, ticks


async def numbers(n):
    for i in range(n):
        await Tick(i)
        yield i


async def double(x):
    return await Tick(x * 2)


class Range:
    """An async iterable that is not an async generator."""
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        self.i = 0
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def main():
    print([x async for x in numbers(4)])
    print({x % 2 async for x in numbers(5)})
    print({x: x * x async for x in numbers(3)})
    print([x async for x in numbers(6) if x % 2 if x > 1])
    print([await double(x) for x in range(3)])
    print([await double(x) async for x in numbers(3)])
    print([(x, y) async for x in numbers(2) for y in "ab"])
    print([(x, y) for x in "ab" async for y in numbers(2)])
    print([(x, y) async for x in numbers(2) async for y in Range(2)])
    print([x async for x in Range(3)])
    print([[y async for y in numbers(x)] for x in range(3)])
    print([y for y in [x async for x in numbers(3)]])
    agen = (x * 10 async for x in numbers(3))
    print(type(agen).__name__, agen.__name__, agen.__qualname__.split(".")[-1])
    print([x async for x in agen])
    agen2 = (await double(x) for x in range(3))
    print(type(agen2).__name__, [x async for x in agen2])
    lazy = (x async for x in numbers(10))
    print(await lazy.__anext__(), await lazy.__anext__())
    await lazy.aclose()
    try:
        await lazy.__anext__()
    except StopAsyncIteration:
        print("closed async generator expression")
    total = 0
    async for v in (x async for x in numbers(4) if x):
        total += v
    print("total", total)
    n = 3
    print([x + n async for x in numbers(n)])

    def closure():
        k = 100
        return (x + k async for x in numbers(2))

    print([x async for x in closure()])
    items = [1, 2]
    try:
        [x async for x in items]
    except TypeError as e:
        print("TypeError:", e)
    try:
        [x async for x in numbers(2) async for y in 5]
    except TypeError as e:
        print("TypeError:", e)
    try:
        [x for x in numbers(2)]
    except TypeError as e:
        print("TypeError:", e)
    try:
        [await x for x in [1]]
    except TypeError as e:
        print("TypeError:", e)
    return "done"


print(run(main()))


def sync_function_making_async_genexp():
    return (x async for x in numbers(2))


g = sync_function_making_async_genexp()
print(type(g).__name__)


async def consume(ag):
    return [x async for x in ag]


print(run(consume(g)))


async def failing():
    return [1 / x async for x in numbers(3)]


run(failing())
