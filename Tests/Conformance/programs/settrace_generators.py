# sys.settrace: generators and coroutines get 'call' on each resume and 'return' on each yield; yield from, close, throw
import sys

def tracer(frame, event, arg):
    if event == "exception":
        print(event, frame.f_code.co_name, frame.f_lineno, arg[0].__name__, arg[1])
    else:
        print(event, frame.f_code.co_name, frame.f_lineno, repr(arg) if event == "return" else "")
    return tracer

def numbers():
    yield 1
    received = yield 2
    print("received", received)
    return "end"

def delegate():
    result = yield from numbers()
    yield result

def catcher():
    try:
        yield 1
    except KeyError:
        yield "caught"

async def inner():
    return 7

async def outer():
    value = await inner()
    return value + 1

sys.settrace(tracer)
g = numbers()
print(next(g))
print(next(g))
try:
    g.send("hi")
except StopIteration as e:
    print("stop", e.value)
print(list(delegate()))
c = catcher()
next(c)
print(c.throw(KeyError))
c.close()
g2 = numbers()
next(g2)
g2.close()
co = outer()
try:
    co.send(None)
except StopIteration as e:
    print("coroutine returned", e.value)
sys.settrace(None)
