# aiter()/anext() with async generators and async iterator classes, default values, errors, all driven by a tiny hand loop
class Ticker:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        return self.i * 10
async def agen():
    yield "a"
    yield "b"
def run(coro):
    try:
        while True: coro.send(None)
    except StopIteration as s:
        return s.value
async def main():
    t = Ticker(2)
    print(aiter(t) is t, await anext(t), await anext(t), await anext(t, "default"))
    g = agen()
    print(await anext(g), await anext(g), await anext(g, None))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration from anext")
    out = [x async for x in Ticker(3)]
    print(out, [y async for y in agen()])
    async for v in aiter(agen()):
        print("async for", v)
    return "main done"
print(run(main()))
for bad in [lambda: aiter([]), lambda: anext(iter([])), lambda: aiter(5), lambda: anext(Ticker(1), 1, 2)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
aw = anext(agen())
print(type(aw).__name__ in ("async_generator_asend", "anext_awaitable"), run(aw))
