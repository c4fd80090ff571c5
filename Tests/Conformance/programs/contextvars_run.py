# Context.run: entering, leaving, nesting, exceptions, and what generators,
# coroutines and an asyncio-style scheduler see.
from contextvars import ContextVar, Context, copy_context

v = ContextVar("v", default="default")


def show(label):
    print(label, v.get())


def setter(value, label=None):
    v.set(value)
    show(label or "inside")
    return value * 2


ctx = Context()
print(ctx.run(setter, 1), v.get(), ctx[v])
print(ctx.run(setter, 2, label="again"), ctx[v], len(ctx))
print(ctx.run(lambda: v.get()))


def boom():
    v.set("boom")
    raise KeyError("inner")


try:
    ctx.run(boom)
except KeyError as e:
    print("raised", e, ctx[v], v.get())

try:
    ctx.run(ctx.run, print)
except RuntimeError as e:
    print("RuntimeError", str(e).split(" object at ")[0])
try:
    ctx.run()
except TypeError as e:
    print("TypeError", e)

# Nested contexts each see their own values; copies start from the current one.
outer = copy_context()


def level(n):
    v.set("level%d" % n)
    if n < 3:
        inner = copy_context()
        print("copy sees", inner[v])
        inner.run(level, n + 1)
    show("back at %d" % n)


outer.run(level, 1)
show("top")

# A token from another context cannot reset here.
tok = ctx.run(v.set, "x")
try:
    v.reset(tok)
except ValueError as e:
    print("ValueError", "different Context" in str(e))
ctx.run(v.reset, tok)
print(ctx[v])


# Generators run in whatever context is current when they resume.
def gen():
    for i in range(3):
        yield v.get()
        v.set("gen%d" % i)


g = gen()
a, b = Context(), Context()
print(a.run(next, g), b.run(next, g), a.run(next, g), v.get())
print(dict((k.name, x) for k, x in a.items()), dict((k.name, x) for k, x in b.items()))


# Coroutines driven by a small scheduler that gives each task its own context,
# as asyncio's tasks do.
class Sleep:
    def __await__(self):
        yield


async def worker(name, steps):
    v.set(name)
    for i in range(steps):
        await Sleep()
        print(name, "step", i, "sees", v.get())
    return name + " done"


def scheduler(coros):
    tasks = [(copy_context(), c) for c in coros]
    results = []
    while tasks:
        ctx, coro = tasks.pop(0)
        try:
            ctx.run(coro.send, None)
        except StopIteration as stop:
            results.append((stop.value, ctx[v]))
        else:
            tasks.append((ctx, coro))
    return results


v.set("main")
print(scheduler([worker("A", 2), worker("B", 3), worker("C", 1)]))
show("after tasks")


# An async generator and a context manager keep the values of the context they
# run in.
class temporarily:
    def __init__(self, value):
        self.value = value

    def __enter__(self):
        self.token = v.set(self.value)

    def __exit__(self, *exc):
        v.reset(self.token)


with temporarily("managed"):
    show("in with")
show("out of with")


async def agen():
    yield v.get()
    v.set("agen")
    yield v.get()


async def consume():
    return [x async for x in agen()]


c = consume()
try:
    Context().run(c.send, None)
except StopIteration as stop:
    print(stop.value)
show("end")
