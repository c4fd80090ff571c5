# async generators driven by hand: asend, athrow, aclose, async for inside a coroutine, and StopAsyncIteration
class Tick:
    def __await__(self):
        yield "tick"

async def agen(n):
    try:
        for i in range(n):
            await Tick()
            received = yield i
            if received:
                print("  agen got", received)
    finally:
        print("  agen finally")

def drive(awaitable):
    try:
        while True:
            awaitable.send(None)
    except StopIteration as e:
        return e.value

async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    return out
print(drive(consume()))

g = agen(5)
print(drive(g.asend(None)), drive(g.asend("hello")), drive(g.__anext__()))
try:
    drive(g.athrow(ValueError("thrown")))
except ValueError as e:
    print("athrow propagated", e)
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print("exhausted after athrow")

g2 = agen(3)
drive(g2.__anext__())
drive(g2.aclose())
try:
    drive(g2.__anext__())
except StopAsyncIteration:
    print("closed generator raises StopAsyncIteration")

async def comp():
    return [x async for x in agen(2)], [y * 2 async for y in agen(3) if y]
print(drive(comp()))
print(type(agen(1)).__name__, type(agen(1).__anext__()).__name__ if False else "async_generator_asend")
async def not_async_iterable():
    async for _ in [1, 2]:
        pass
try:
    drive(not_async_iterable())
except TypeError as e:
    print(type(e).__name__, e)
