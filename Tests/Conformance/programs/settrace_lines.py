# sys.settrace: call/line/return events for loops, calls, while loops, comprehensions, lambdas, class bodies
import sys

def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno, repr(arg) if event == "return" else "")
    return tracer

def add(a, b):
    return a + b

def loops(n):
    total = 0
    for i in range(n):
        total = add(total, i)
    k = 0
    while k < 2:
        k += 1
    while k: k -= 1
    for j in [1, 2]:
        if j == 1:
            continue
        total += j
    else:
        total += 100
    return total

def comprehensions():
    squares = [x * x for x in range(3)]
    evens = {x for x in range(4) if x % 2 == 0}
    table = {k: v for k, v in zip("ab", (1, 2))}
    gen = sum(x for x in (1, 2))
    return squares, evens, table, gen

def nested():
    f = lambda x: x + 1
    class Inner:
        value = f(1)
        def method(self):
            return self.value
    return Inner().method()

def multiline(a,
              b):
    return (a +
            b)

sys.settrace(tracer)
loops(3)
comprehensions()
nested()
multiline(1,
          2)
sys.settrace(None)
print("done", sys.gettrace())
