# exceptions crossing await boundaries: chaining with __context__ inside coroutines, finally in awaited coroutines, try/except around await
def run(coro):
    try:
        while True: coro.send(None)
    except StopIteration as s:
        return s.value
class Suspend:
    def __await__(self): yield "suspended"
log = []
async def leaf(fail):
    try:
        await Suspend()
        if fail: raise KeyError("leaf failure")
        return "leaf ok"
    finally:
        log.append(f"leaf finally fail={fail}")
async def middle(fail):
    try:
        return await leaf(fail)
    except KeyError as e:
        raise RuntimeError("middle wraps") from e
async def top():
    results = [await middle(False)]
    try:
        await middle(True)
    except RuntimeError as e:
        results.append(f"{e} <- {e.__cause__!r}")
    try:
        try:
            await middle(True)
        except RuntimeError:
            raise ValueError("while handling")
    except ValueError as v:
        results.append(f"{v!r} context {type(v.__context__).__name__} cause-of-context {type(v.__context__.__cause__).__name__}")
    return results
print(run(top())); print(log)
async def thrower():
    try:
        await Suspend()
    except GeneratorExit:
        log.append("coroutine closed")
        raise
c = thrower(); c.send(None); c.close(); print(log[-1])
async def catches_thrown():
    try:
        await Suspend()
    except ZeroDivisionError as z:
        return f"caught thrown {z!r}"
c2 = catches_thrown(); c2.send(None)
try:
    c2.throw(ZeroDivisionError("thrown in"))
except StopIteration as s:
    print(s.value)
async def reraises():
    await leaf(True)
try:
    run(reraises())
except KeyError as e:
    print("escaped to the driver:", repr(e))
