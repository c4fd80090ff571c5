# await, async for and async with on objects that do not support them: CPython's messages
class A:
    pass
async def f(): pass
for expr in ["A()", "1"]:
    async def g():
        await eval(expr)
    try:
        g().send(None)
    except TypeError as e: print(e)
class B:
    def __await__(self): return 5
async def h(): await B()
try: h().send(None)
except TypeError as e: print(e)
async def i():
    async for x in 5: pass
try: i().send(None)
except TypeError as e: print(e)
class AI:
    def __aiter__(self): return 1
async def j():
    async for x in AI(): pass
try: j().send(None)
except TypeError as e: print(e)
async def k():
    async with 1: pass
try: k().send(None)
except TypeError as e: print(e)
c = f()
print(type(c).__name__, repr(c)[:22])
try: c.send(None)
except StopIteration as e: print("stop", e.value)
try: c.send(None)
except RuntimeError as e: print(e)
