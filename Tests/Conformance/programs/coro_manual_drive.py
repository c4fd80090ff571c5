# coroutines and async generators driven without an event loop: send/throw/close, await on custom awaitables, cr_* state
class Yielder:
    def __init__(self, v): self.v = v
    def __await__(self):
        got = yield self.v
        return f"resumed with {got}"
async def inner(x):
    r = await Yielder(x)
    return r.upper()
async def outer():
    a = await inner("one")
    b = await inner("two")
    return [a, b]
c = outer()
print(type(c).__name__, c.cr_running, c.cr_await)
print(c.send(None))
print(c.send("A"), type(c.cr_await).__name__)
try:
    c.send("B")
except StopIteration as s:
    print("result", s.value)
async def guarded():
    try:
        await Yielder("waiting")
    except KeyError as e:
        return f"handled {e!r}"
g = guarded(); g.send(None)
try:
    g.throw(KeyError("k"))
except StopIteration as s:
    print(s.value)
cl = outer(); cl.send(None); cl.close(); print("closed", cl.cr_frame)
try:
    cl.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
async def agen(n):
    for i in range(n):
        got = yield i
        if got: print("agen got", got)
    yield "last"
ag = agen(2)
def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as s:
        return s.value
print(drive(ag.__anext__()), drive(ag.asend("hello")), drive(ag.__anext__()))
try:
    drive(ag.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")
ag2 = agen(5); drive(ag2.__anext__())
try:
    drive(ag2.athrow(ValueError("thrown in")))
except ValueError as e:
    print("athrow propagated", e)
drive(ag2.aclose()); print("aclosed", ag2.ag_frame)
class BadAwait:
    def __await__(self): return 5
async def use_bad(): await BadAwait()
for bad in [lambda: use_bad().send(None), lambda: drive(inner(1).__await__())]:
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
async def nothing(): return 42
print(drive(nothing()), nothing.__code__.co_flags & 0x80 != 0)
