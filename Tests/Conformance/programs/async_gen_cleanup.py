# async generators: finally on aclose, athrow handled inside, async with inside, asend values, ag_running state, double aclose
def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as s:
        return s.value
log = []
class ACM:
    async def __aenter__(self): log.append("aenter"); return "res"
    async def __aexit__(self, et, ev, tb): log.append(f"aexit {et.__name__ if et else None}"); return False
async def agen():
    async with ACM() as r:
        try:
            got = yield f"first {r}"
            log.append(f"got {got}")
            yield "second"
        except KeyError as e:
            log.append(f"caught {e!r}")
            yield "after catch"
        finally:
            log.append("finally")
g = agen()
print(run(g.__anext__()), run(g.asend("sent")), run(g.athrow(KeyError("k"))))
run(g.aclose()); print(log); log.clear()
run(g.aclose()); print("second aclose fine")
g2 = agen(); run(g2.__anext__())
try:
    run(g2.athrow(ValueError("v")))
except ValueError as e:
    print("propagated", e, log); log.clear()
async def counter(n):
    for i in range(n):
        yield i
async def consume():
    out = []
    async for v in counter(5):
        if v == 3: break
        out.append(v)
    return out, [v async for v in counter(3) if v]
print(run(consume()))
g3 = counter(2); print(g3.ag_running, type(g3).__name__, g3.__name__)
try:
    run(g3.asend(1))
except TypeError as e:
    print(type(e).__name__, e)
async def refuse():
    try:
        yield 1
    finally:
        yield 2
g4 = refuse(); run(g4.__anext__())
try:
    run(g4.aclose())
except RuntimeError as e:
    print(type(e).__name__, e)
