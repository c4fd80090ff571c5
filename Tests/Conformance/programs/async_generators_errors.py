# async generators: CPython's error messages (run-time and compile-time), and a
# traceback through an async generator at the end


class Tick:
    def __await__(self):
        yield "tick"


def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as stop:
            return stop.value


def attempt(label, thunk):
    try:
        result = thunk()
        print(label, "->", result)
    except BaseException as e:
        print(label, "->", type(e).__name__ + ":", e)


async def simple():
    yield 1
    yield 2


def reuse_asend():
    g = simple()
    a = g.__anext__()
    attempt("first step", lambda: a.send(None))
    attempt("awaitable reused", lambda: a.send(None))
    attempt("throw into a closed asend", lambda: a.throw(ValueError))
    b = g.asend(None)
    b.close()
    attempt("asend after close()", lambda: b.send(None))


reuse_asend()


def reuse_athrow():
    g = simple()
    attempt("start", lambda: g.__anext__().send(None))
    t = g.athrow(KeyError("k"))
    attempt("athrow", lambda: t.send(None))
    attempt("athrow reused", lambda: t.send(None))
    attempt("athrow on finished", lambda: g.athrow(KeyError).send(None))
    attempt("aclose on finished", lambda: g.aclose().send(None))
    h = simple()
    attempt("non-None to athrow", lambda: h.athrow(KeyError).send("x"))
    attempt("non-None to a just-started async generator", lambda: h.asend("x").send(None))
    attempt("athrow() with no arguments", lambda: simple().athrow().send(None))


reuse_athrow()


async def awaits_forever():
    while True:
        await Tick()
        yield "value"


def already_running():
    g = awaits_forever()
    first = g.__anext__()
    attempt("suspended in an await", lambda: first.send(None))
    attempt("second __anext__ while the first runs", lambda: g.__anext__().send(None))
    attempt("athrow while running", lambda: g.athrow(ValueError).send(None))
    attempt("aclose while running", lambda: g.aclose().send(None))
    attempt("first goes on", lambda: first.send(None))


already_running()


async def raises(kind):
    yield 1
    raise kind("from inside")


def stop_conversions():
    for kind in (StopAsyncIteration, StopIteration, ValueError):
        g = raises(kind)
        run(g.__anext__())
        try:
            run(g.__anext__())
        except BaseException as e:
            print(kind.__name__, "->", type(e).__name__ + ":", e, "| cause:", repr(e.__cause__))


stop_conversions()


async def ignores_exit():
    for _ in range(3):
        try:
            yield 1
        except GeneratorExit:
            print("  got GeneratorExit")


def ignored_generator_exit():
    g = ignores_exit()
    run(g.__anext__())
    attempt("aclose", lambda: run(g.aclose()))
    attempt("athrow GeneratorExit", lambda: run(g.athrow(GeneratorExit)))
    while True:
        try:
            run(g.__anext__())
        except StopAsyncIteration:
            print("  finished")
            break


ignored_generator_exit()


def not_iterable():
    g = simple()
    attempt("iter()", lambda: iter(g))
    attempt("next()", lambda: next(g))
    attempt("await", lambda: run((lambda: None).__class__ and awaiter(g)))
    attempt("has send", lambda: hasattr(g, "send"))


async def awaiter(x):
    return await x


not_iterable()


def compile_errors():
    sources = [
        "async def f():\n    yield 1\n    return 2\n",
        "async def f():\n    yield\n    return None\n",
        "async def f():\n    yield from g()\n",
        "async def f():\n    x = [y async for y in z]\n    yield x\n",
        "def f():\n    return [y async for y in z]\n",
        "def f():\n    return {y: 1 async for y in z}\n",
        "def f():\n    return [await y for y in z]\n",
        "def f():\n    return (await y for y in z)\n",
        "def f():\n    return (y async for y in z)\n",
        "[y async for y in z]\n",
        "async def f():\n    return lambda: await x\n",
        "async def f():\n    def g():\n        await x\n",
        "def f():\n    async for x in y:\n        pass\n",
        "async def f():\n    return [[a async for a in b] for b in c]\n",
        "def f():\n    return [[a async for a in b] for b in c]\n",
        "async def f():\n    return [x for x in await y]\n",
        "class C:\n    x = [a async for a in b]\n",
    ]
    for source in sources:
        try:
            exec(source, {})
            print("compiles:", source.splitlines()[-1].strip())
        except SyntaxError as e:
            print(f"{e.msg!r} line {e.lineno} offset {e.offset} end {e.end_lineno}:{e.end_offset}")


compile_errors()


async def fails_late():
    yield 1
    await Tick()
    raise ValueError("the async generator failed")


async def consumer():
    async for item in fails_late():
        print("item", item)


run(consumer())
