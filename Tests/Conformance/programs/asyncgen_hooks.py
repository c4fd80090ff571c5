# gc-stress-interval: 200 (imports asyncio, whose socket, selectors, concurrent.futures and logging imports take many minutes to load when every allocation collects)
# sys.set_asyncgen_hooks / get_asyncgen_hooks and asyncio's use of them.
import asyncio
import sys

print(sys.get_asyncgen_hooks())
print(type(sys.get_asyncgen_hooks()).__name__, type(sys.get_asyncgen_hooks()).__module__)

for args, kwargs in [((1,), {}), ((None, 2), {}), ((None, None, None), {}), ((), {"foo": 1}),
                     ((None,), {"firstiter": None})]:
    try:
        sys.set_asyncgen_hooks(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    sys.get_asyncgen_hooks(1)
except TypeError as e:
    print("TypeError:", e)

events = []


def firstiter(agen):
    events.append(("firstiter", agen.__name__))


def finalizer(agen):
    events.append(("finalizer", agen.__name__))


# The finalizer is installed even though firstiter is rejected after it.
try:
    sys.set_asyncgen_hooks(firstiter=3, finalizer=finalizer)
except TypeError as e:
    print("TypeError:", e)
print(sys.get_asyncgen_hooks().finalizer is finalizer, sys.get_asyncgen_hooks().firstiter)
sys.set_asyncgen_hooks(firstiter, finalizer)
h = sys.get_asyncgen_hooks()
print(h.firstiter is firstiter, h[1] is finalizer, len(h))


async def ticker(n):
    try:
        for i in range(n):
            yield i
    finally:
        events.append(("ticker finally",))


def drive():
    agen = ticker(3)
    print(events)
    step = agen.asend(None)
    try:
        step.send(None)
    except StopIteration as e:
        print("first value", e.value)
    print(events)
    # A second asend does not call firstiter again.
    try:
        agen.asend(None).send(None)
    except StopIteration as e:
        print("second value", e.value)
    print(events)


# Dropping the suspended generator hands it to the finalizer instead of closing it.
drive()
import gc
for _ in range(3):
    gc.collect()
print(events)

sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())


async def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("numbers closed")


async def main():
    hooks = sys.get_asyncgen_hooks()
    print("loop installed hooks:", hooks.firstiter is not None, hooks.finalizer is not None)
    async for n in numbers():
        print("got", n)
        break
    gen = numbers()
    print(await gen.__anext__())


asyncio.run(main())
print("after run:", sys.get_asyncgen_hooks())
