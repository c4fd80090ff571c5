# monkey-patching while loops run: methods replaced mid-loop, attributes added/deleted on classes and instances, module globals and builtins rebound
class Shape:
    def area(self): return 1
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s * self.s
shapes = [Sq(i) for i in range(6)]
out = []
for i, s in enumerate(shapes):
    if i == 2: Sq.area = lambda self: -self.s
    if i == 4: del Sq.area
    out.append(s.area())
print(out)
Sq.area = Shape.area
Shape.area = lambda self: "patched base"
print([s.area() for s in shapes[:2]], Sq.area(shapes[0]))
del Sq.area
print(shapes[0].area())
def scale(n): return n * FACTOR
FACTOR = 2
res = []
for i in range(5):
    if i == 3: FACTOR = 10
    res.append(scale(i))
print(res)
import builtins
orig_len = builtins.len
def counted(x): return orig_len(x) * 100
def measure(): return [len("ab") for _ in range(2)]
print(measure())
builtins.len = counted
print(measure())
len = lambda x: "module-level len"
print(measure())
del len
print(measure())
builtins.len = orig_len
print(measure())
class Counter:
    def tick(self): return 1
objs = [Counter() for _ in range(4)]
ticks = []
for n in range(8):
    o = objs[n % 4]
    if n == 5: o.tick = lambda: "inst"
    if n == 6: Counter.tick = lambda self: 2
    ticks.append(o.tick())
print(ticks)
class Slow:
    __slots__ = ("v",)
    def __init__(self, v): self.v = v
vals = []
for n in range(4):
    if n == 2: Slow.v_doubled = property(lambda self: self.v * 2)
    s = Slow(n)
    vals.append((s.v, getattr(s, "v_doubled", None)))
print(vals)
