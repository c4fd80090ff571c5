# every statement kind: assignment forms, augmented ops, del, assert, pass, while/for else, with, global, chained comparison, conditional expr
a = b = c = 1; print(a, b, c)
x, (y, z) = 1, (2, 3); print(x, y, z)
[p, q] = "pq"; print(p, q)
d = {}; d["k"] = l = [0]; l[0] += 1; print(d, l)
n = 10
n += 1; n -= 2; n *= 3; n //= 2; n %= 7; n **= 3; n <<= 2; n >>= 1; n |= 1; n &= 0xff; n ^= 3; print(n)
f = 7.0; f /= 2; f **= 2; print(f)
s = "a"; s += "b"; s *= 3; print(s)
lst = [1, 2, 3]; lst[1:2] = [9, 9]; del lst[0]; print(lst)
class O: pass
o = O(); o.attr = 1; o.attr += 1; del o.attr; print(hasattr(o, "attr"))
i = 0
while i < 3:
    i += 1
else:
    print("while else", i)
while True:
    break
else:
    print("not printed")
for j in []:
    pass
else:
    print("for else on empty")
for j in range(5):
    if j == 2: break
else:
    print("not printed")
print("broke at", j)
class Ctx:
    def __init__(self, name, swallow=False): self.name = name; self.swallow = swallow
    def __enter__(self): print("enter", self.name); return self.name.upper()
    def __exit__(self, et, ev, tb): print("exit", self.name, et.__name__ if et else None, ev); return self.swallow
with Ctx("a") as A, Ctx("b") as B:
    print("inside", A, B)
with Ctx("swallow", True):
    raise ValueError("hidden")
print("after swallow")
try:
    with Ctx("propagate"):
        raise KeyError("shown")
except KeyError as e:
    print("propagated", e)
def with_return():
    with Ctx("ret"):
        return "returned"
print(with_return())
for k in range(3):
    with Ctx(f"loop{k}"):
        if k == 1: continue
        if k == 2: break
        print("body", k)
with (Ctx("p1") as one,
      Ctx("p2") as two):
    print(one, two)
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
assert True, "no"
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("AssertionError", e)
try:
    assert False
except AssertionError as e:
    print("AssertionError", repr(e))
pass
print(1 if True else 2, "x" if 0 else "y", 1 < 2 <= 2 < 3, 1 < 2 > 3, 1 == 1.0 != 2, "a" < "b" < "c", None is None is not False)
print(not 0, not [], 3 and 4, 0 and 1/0, 0 or "", "" or "dflt", None or 0 or [] or "last")
v = [1, 2, 3]; print(v[0] if v else None, 2 in v and 3 in v, 5 not in v, [] is not [], (v := 4))
del a, b
try:
    a
except NameError as e:
    print("NameError", e)
if []: print("no")
elif {}: print("no")
elif 0.0: print("no")
else: print("all falsy")
print(type(None), ..., type(print), print.__class__ if False else "")
