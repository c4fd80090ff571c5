# coroutines driven by a tiny scheduler: await, custom awaitables, async for, async with
class Sleep:
    """An awaitable that hands control back to the scheduler once per tick."""
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        for _ in range(self.ticks):
            yield "tick"
        return self.ticks

def run(*coroutines):
    """Round-robin: send None to each coroutine until all have returned."""
    pending = list(coroutines)
    results = {}
    step = 0
    while pending:
        for coro in list(pending):
            try:
                coro.send(None)
            except StopIteration as done:
                results[coro.__name__] = (done.value, step)
                pending.remove(coro)
        step += 1
    return results

async def worker(name, ticks, log):
    log.append(f"{name} start")
    slept = await Sleep(ticks)
    log.append(f"{name} slept {slept}")
    return name.upper()

async def chain(log):
    first = await worker("inner", 1, log)
    return first + "!"

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await Sleep(1)
        self.n -= 1
        return self.n

class Resource:
    def __init__(self, log):
        self.log = log
    async def __aenter__(self):
        self.log.append("acquire")
        await Sleep(1)
        return self
    async def __aexit__(self, kind, value, tb):
        self.log.append(f"release {kind.__name__ if kind else None}")
        return kind is KeyError

async def consumer(log):
    seen = []
    async for value in Countdown(3):
        seen.append(value)
    else:
        log.append("countdown done")
    async with Resource(log) as r:
        log.append(f"inside {type(r).__name__}")
    async with Resource(log):
        raise KeyError("suppressed")
    try:
        async with Resource(log):
            raise ValueError("escapes")
    except ValueError as e:
        log.append(f"caught {e}")
    return seen

log = []
results = run(worker("a", 2, log), worker("b", 1, log), chain(log), consumer(log))
print(sorted(results.items()))
print(log)

async def failing():
    await Sleep(1)
    raise RuntimeError("inside coroutine")

c = failing()
print(c.send(None))
try:
    c.send(None)
except RuntimeError as e:
    print("propagated:", e)

async def thrown():
    try:
        await Sleep(5)
    except ZeroDivisionError:
        return "handled throw"

t = thrown()
t.send(None)
try:
    t.throw(ZeroDivisionError)
except StopIteration as e:
    print(e.value)
closed = thrown()
closed.send(None)
closed.close()
print("closed")
