# An unfinished async generator is closed when collected, as CPython closes one when
# no finalizer hook is set: GeneratorExit runs its finally blocks; one never started
# or already exhausted has nothing to run.
import gc
async def agen(label):
    try:
        yield 1
        yield 2
    finally:
        print("finally", label)
def step(agen):
    try:
        agen.__anext__().send(None)
    except StopIteration as e:
        return e.value
g = agen("a"); print(step(g)); del g; gc.collect(); print("after a")
g = agen("never started"); del g; gc.collect(); print("after b")
g = agen("c"); step(g); step(g)
try: step(g)
except StopAsyncIteration: print("exhausted")
del g; gc.collect(); print("after c")
