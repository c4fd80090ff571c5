# with-statement protocol by hand: __exit__ suppression by truthiness, exit arguments, nested order, exceptions in __enter__/__exit__
class CM:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name, self.suppress, self.fail_enter, self.fail_exit = name, suppress, fail_enter, fail_exit
    def __enter__(self):
        print(f"enter {self.name}")
        if self.fail_enter: raise RuntimeError(f"enter failed {self.name}")
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print(f"exit {self.name}", et.__name__ if et else None, ev, tb is not None)
        if self.fail_exit: raise KeyError(f"exit failed {self.name}")
        return self.suppress
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with CM("s", suppress=1):
    raise ValueError("swallowed")
print("after suppressed")
with CM("empty", suppress="yes"):
    1 / 0
try:
    with CM("outer"), CM("inner", fail_enter=True):
        print("not reached")
except RuntimeError as e:
    print("caught", e)
try:
    with CM("ex", fail_exit=True):
        raise ValueError("body error")
except KeyError as e:
    print("caught", repr(e), "context", repr(e.__context__))
def early():
    for i in range(3):
        with CM(f"loop{i}"):
            if i == 1: break
            if i == 0: continue
    with CM("ret"):
        return "returned"
print(early())
class NotCM: pass
for bad in ["with NotCM(): pass", "with object() as o: pass"]:
    try:
        exec(bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class OnlyEnter:
    def __enter__(self): return self
try:
    with OnlyEnter(): pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class Reuse:
    def __init__(self): self.depth = 0
    def __enter__(self): self.depth += 1; return self.depth
    def __exit__(self, *a): self.depth -= 1
r = Reuse()
with r as d1:
    with r as d2:
        print("depths", d1, d2, r.depth)
print("final depth", r.depth)
