# coroutines driven by hand: send(None), awaiting custom awaitables, return values, throw and close
class Suspend:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        reply = yield self.label
        return f"{self.label}:{reply}"

async def worker(name):
    print("start", name)
    first = await Suspend(name + "-1")
    second = await Suspend(name + "-2")
    return [first, second]

def run(coro):
    reply = None
    step = 0
    while True:
        try:
            request = coro.send(reply)
        except StopIteration as e:
            return e.value
        print("  suspended on", request)
        step += 1
        reply = step

print(run(worker("w")))

async def nested():
    a = await worker("inner")
    return ("outer", a)
print(run(nested()))

c = worker("thrower")
print(c.send(None))
try:
    c.throw(ValueError("thrown in"))
except ValueError as e:
    print("propagated", e)

async def catches():
    try:
        await Suspend("waiting")
    except KeyError as e:
        return f"handled {e!r}"
c2 = catches()
c2.send(None)
try:
    c2.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)

async def cleanup():
    try:
        await Suspend("x")
    finally:
        print("cleanup ran")
c3 = cleanup()
c3.send(None)
c3.close()
print(type(c3).__name__, c3.cr_frame is None)

c4 = worker("twice")
run(c4)
try:
    c4.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

class BadAwait:
    def __await__(self):
        return 5
async def uses_bad():
    await BadAwait()
try:
    uses_bad().send(None)
except TypeError as e:
    print(type(e).__name__, e)
async def awaits_int():
    await 3
try:
    awaits_int().send(None)
except TypeError as e:
    print(type(e).__name__, e)
c5 = worker("unstarted")
try:
    c5.send("not none")
except TypeError as e:
    print(type(e).__name__, e)
c5.close()
