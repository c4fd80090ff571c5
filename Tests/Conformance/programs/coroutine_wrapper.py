# coroutine.__await__() and its coroutine_wrapper: next/send/throw/close, yield from a wrapper, awaiting through one
async def c():
    return 7
x = c(); w = x.__await__(); print(type(w).__name__, sorted(set(dir(w)) - set(dir(object))))
print(repr(w)[:19], w.__iter__() is w)
try: type(w)()
except TypeError as e: print(e)
try: next(w)
except StopIteration as e: print('stop', e.value)
try: w.send(1)
except RuntimeError as e: print(e)
w.close()
x = c(); w = x.__await__()
try: w.throw(1)
except Exception as e: print(type(e).__name__, e)
try: w.throw(ValueError("v"))
except Exception as e: print(type(e).__name__, e)
def drive():
    r = yield from c().__await__()
    return r
g = drive()
try: next(g)
except StopIteration as e: print("drive", e.value)
class Fut:
    def __await__(self):
        v = yield "step"
        return v
async def uses():
    return await Fut()
co = uses(); w = co.__await__()
print(w.send(None))
try: w.send(42)
except StopIteration as e: print("sent", e.value)
w = c().__await__()
print(w.send.__name__, w.throw.__doc__.splitlines()[0], w.close.__doc__)
try: w.send(1)
except TypeError as e: print(e)
w.close()
try: next(w)
except RuntimeError as e: print("closed", e)
try: w.throw(ValueError)
except RuntimeError as e: print("thrown", e)
x = c()
try: x.send(None)
except StopIteration: pass
for step in (lambda: x.throw(ValueError), lambda: x.send(None), x.close, lambda: x.__await__().send(None)):
    try: print("finished", step())
    except Exception as e: print("finished", type(e).__name__, e)
def g(): yield 1
y = g(); list(y)
try: y.throw(ValueError("gen"))
except ValueError as e: print("generator", e)
async def raises():
    raise KeyError("k")
try: next(raises().__await__())
except KeyError as e: print("raised", e)
print(type(c.__code__).__name__, hasattr(type(x), "__await__"))
x = c()
print(x.__await__() is not x.__await__())
x.close()
