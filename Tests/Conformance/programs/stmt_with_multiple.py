# with statements: several items, parenthesized items, exceptions passed to __exit__, suppression
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress

with CM("a") as a, CM("b") as b:
    print("body", a, b)

with (CM("c") as c,
      CM("d")):
    print("body", c)

with CM("outer", suppress=True):
    with CM("inner"):
        raise ValueError("boom")
    print("not reached")
print("after suppression")

try:
    with CM("x"), CM("y"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))

class FailEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *args):
        print("never")

try:
    with CM("first"), FailEnter():
        print("never")
except RuntimeError as e:
    print("caught", e)

class NoExit:
    def __enter__(self):
        return self

try:
    with NoExit():
        pass
except TypeError as e:
    print(type(e).__name__, e)

class NoEnter:
    def __exit__(self, *a):
        pass

try:
    with NoEnter():
        pass
except TypeError as e:
    print(type(e).__name__, e)

def returns_inside():
    with CM("ret"):
        return "value"

print(returns_inside())

for i in range(2):
    with CM("loop%d" % i):
        if i == 0:
            continue
        break

class Target:
    pass

t = Target()
with CM("attr") as t.value:
    pass
print(t.value)
d = {}
with CM("item") as d["key"]:
    pass
print(d)
with CM("tuple") as (p, q, *r):
    print(p, q, r)
