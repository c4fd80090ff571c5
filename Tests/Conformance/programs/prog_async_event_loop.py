# a minimal event loop for async def coroutines: futures, sleep by virtual time, gather, exceptions propagated through await
class Future:
    def __init__(self): self.done, self.result, self.error, self.callbacks = False, None, None, []
    def set_result(self, v):
        self.done, self.result = True, v
        for cb in self.callbacks: cb()
    def set_error(self, e):
        self.done, self.error = True, e
        for cb in self.callbacks: cb()
    def __await__(self):
        if not self.done: yield self
        if self.error: raise self.error
        return self.result
class Loop:
    def __init__(self): self.now, self.timers, self.ready, self.trace = 0, [], [], []
    def call_later(self, delay, fn): self.timers.append((self.now + delay, len(self.timers), fn))
    def create_task(self, coro, name):
        fut = Future()
        def step(value=None, exc=None):
            try:
                waited = coro.throw(exc) if exc else coro.send(value)
            except StopIteration as s:
                self.trace.append(f"{self.now}: {name} done"); fut.set_result(s.value); return
            except Exception as e:
                self.trace.append(f"{self.now}: {name} failed {e!r}"); fut.set_error(e); return
            waited.callbacks.append(lambda: self.ready.append(lambda: step(None, waited.error) if waited.error else step(waited.result)))
        self.ready.append(step)
        return fut
    def run(self):
        while self.ready or self.timers:
            while self.ready: self.ready.pop(0)()
            if self.timers:
                self.timers.sort(); t, _, fn = self.timers.pop(0); self.now = t; fn()
loop = Loop()
def sleep(d, value=None):
    f = Future(); loop.call_later(d, lambda: f.set_result(value)); return f
async def fetch(name, delay, fail=False):
    await sleep(delay)
    if fail: raise ConnectionError(f"{name} unreachable")
    return f"{name}:{delay}"
async def gather(*futs): return [await f for f in futs]
async def main():
    a = loop.create_task(fetch("a", 3), "a"); b = loop.create_task(fetch("b", 1), "b")
    results = await gather(a, b)
    try:
        await loop.create_task(fetch("c", 2, fail=True), "c")
    except ConnectionError as e:
        results.append(f"recovered from {e}")
    results.append(await sleep(5, "slept"))
    return results
m = loop.create_task(main(), "main"); loop.run()
print("\n".join(loop.trace)); print(m.result, loop.now)
