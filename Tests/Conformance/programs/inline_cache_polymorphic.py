# call sites seeing many receiver types: attribute loads, method calls and stores across classes, slots, dicts, modules and types
import math
class A:
    def __init__(self): self.v = "A.inst"
    def m(self): return "A.m"
class B:
    __slots__ = ("v",)
    def __init__(self): self.v = "B.slot"
    def m(self): return "B.m"
class C:
    v = "C.class"
    m = staticmethod(lambda: "C.static")
class D(A):
    @property
    def v(self): return "D.prop"
    @v.setter
    def v(self, value): self._v = value
class E:
    def __getattr__(self, name): return f"E.getattr({name})"
    m = classmethod(lambda cls: f"{cls.__name__}.classm")
class Mod: pass
mod_like = Mod(); mod_like.v = "instance"; mod_like.m = lambda: "lambda attr"
objs = [A(), B(), C(), C, D(), E(), mod_like, math]
def read(o): return getattr(o, "v", "none") if o is math else o.v
def call(o): return o.m() if o is not math else "math has no m"
for rnd in range(2):
    print([read(o) for o in objs])
    print([call(o) for o in objs])
def store_all(objs, val):
    for o in objs: o.w = val
s = [A(), C(), D(), mod_like]
for val in range(3): store_all(s, val)
print([o.w for o in s], [sorted(vars(o)) for o in s])
def dunder_sites(xs): return [x + x for x in xs]
print(dunder_sites([1, 1.5, "s", [1], (2,), 2**70, True, 1j]))
def compare_sites(pairs): return [a < b for a, b in pairs]
print(compare_sites([(1, 2), (2.5, 1), ("a", "b"), ((1,), (0,)), ([1], [1, 2]), (1, 2.0), (2**80, 1.0)]))
def len_sites(xs): return [len(x) for x in xs]
print(len_sites(["ab", [1], {1: 2}, {3}, (1, 2, 3), range(4), b"xyz", bytearray(2)]))
def index_sites(xs): return [x[0] for x in xs]
print(index_sites(["q", [7], (8,), {0: "zero"}, range(5, 9), b"A", memoryview(b"B")]))
