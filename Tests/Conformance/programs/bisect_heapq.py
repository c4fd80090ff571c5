# _bisect and _heapq: results, the comparisons they make (counted and in order),
# argument handling and errors, as CPython's C modules.
import _bisect, _heapq

log = []

class Item:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return f"I{self.v}"

def show(label, f, *args, **kw):
    log.clear()
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, type(e).__name__, e)
        return
    print(label, r, log[:12], len(log))

a = [1, 2, 2, 2, 3, 5, 8]
for f in (_bisect.bisect_left, _bisect.bisect_right):
    print(f.__name__, [f(a, x) for x in (0, 1, 2, 3, 4, 8, 9)])
    print(f.__name__, f(a, 2, 2), f(a, 2, 0, 3), f(a, 2, hi=2), f(a, 2, lo=5), f(a, 2, 1, None), f(a, 2, 1, -1), f(a, 2, 3, -5))
print(_bisect.bisect_left(a, 2.5), _bisect.bisect_right(a, 2, key=None))

items = [Item(i) for i in (1, 3, 5, 7, 9, 11)]
show("left", _bisect.bisect_left, items, Item(6))
show("right", _bisect.bisect_right, items, Item(7))
words = ["apple", "Banana", "cherry", "Date"]
words.sort(key=str.lower)
print(words, _bisect.bisect_left(words, "c", key=str.lower), _bisect.bisect_right(words, "date", key=str.lower))

l = [1, 3, 5]
_bisect.insort_left(l, 3); _bisect.insort_right(l, 4); _bisect.insort(l, 0) if hasattr(_bisect, "insort") else None
_bisect.insort_right(l, 9); _bisect.insort_right(l, 2, 0, 2)
print(l)
recs = [(1, "a"), (3, "c")]
_bisect.insort_left(recs, (2, "b"), key=lambda r: r[0])
_bisect.insort_right(recs, (3, "d"), key=lambda r: r[0])
print(recs)

class MyList(list):
    def insert(self, i, x):
        print("insert called", i, x)
        super().insert(i, x)
m = MyList([1, 2, 4])
_bisect.insort(m, 3) if hasattr(_bisect, "insort") else _bisect.insort_right(m, 3)
print(m)

class Seq:
    def __init__(self, data): self.data = data
    def __len__(self): return len(self.data)
    def __getitem__(self, i):
        print("getitem", i)
        return self.data[i]
    def insert(self, i, x): self.data.insert(i, x)
s = Seq([10, 20, 30, 40])
print(_bisect.bisect_left(s, 25))
_bisect.insort_left(s, 25)
print(s.data)
print(_bisect.bisect_left((1, 2, 3), 2), _bisect.bisect_right(range(0, 100, 5), 42))

show("neg lo", _bisect.bisect_left, a, 1, -1)
show("float lo", _bisect.bisect_left, a, 1, 1.5)
show("float hi", _bisect.bisect_left, a, 1, 0, 2.5)
show("str hi", _bisect.bisect_right, a, 1, hi="x")
show("big lo", _bisect.bisect_right, a, 1, 2**70)
show("big hi", _bisect.bisect_right, a, 1, 0, 2**70)
show("missing", _bisect.bisect_left, a)
show("none", _bisect.bisect_left)
show("too many", _bisect.bisect_left, a, 1, 0, 1, None)
show("bad kw", _bisect.bisect_left, a, 1, foo=1)
show("twice", _bisect.bisect_left, a, 1, a=a)
show("int", _bisect.bisect_left, 5, 1)
show("dict", _bisect.bisect_left, {1: 2}, 1)
show("dict hi", _bisect.bisect_left, {1: 2}, 1, 0, 1)
show("set", _bisect.bisect_left, {1, 2}, 1, 0, 1)
show("mixed", _bisect.bisect_left, [1, "a", 3], 2)
show("insort tuple", _bisect.insort_left, (1, 2), 1)
show("key error", _bisect.bisect_left, [1, 2], 1, key=lambda x: 1 / 0)

# heapq
h = []
for v in [5, 3, 8, 1, 9, 2, 7]:
    _heapq.heappush(h, v)
print(h, [_heapq.heappop(h) for _ in range(3)], h)
print(_heapq.heappushpop(h, 0), _heapq.heappushpop(h, 6), h)
print(_heapq.heapreplace(h, 4), h)
data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 11, 10]
_heapq.heapify(data); print(data)
_heapq._heapify_max(data); print(data)
print(_heapq._heappop_max(data), _heapq._heapreplace_max(data, 1), data)

def traced(label, f, values, *rest):
    heap = [Item(v) for v in values]
    show(label, f, heap, *rest)
    print("  ", heap)
traced("heapify", _heapq.heapify, [9, 4, 7, 1, 8, 2, 6, 3, 5])
traced("heapify_max", _heapq._heapify_max, [1, 6, 3, 9, 2, 8, 4])
traced("heappop", _heapq.heappop, [1, 3, 2, 7, 4, 5, 6])
traced("heappop_max", _heapq._heappop_max, [9, 7, 8, 1, 5, 2, 6])
traced("heappush", _heapq.heappush, [1, 3, 5, 7, 9], Item(2))
traced("heapreplace", _heapq.heapreplace, [1, 3, 5, 7, 9], Item(6))
traced("replace_max", _heapq._heapreplace_max, [9, 7, 8, 1, 5], Item(3))
traced("pushpop", _heapq.heappushpop, [1, 3, 5], Item(4))
traced("pushpop small", _heapq.heappushpop, [1, 3, 5], Item(0))

class L(list):
    pass
sub = L([3, 1, 2]); _heapq.heapify(sub); print(sub, type(sub).__name__)

for label, f, args in [
    ("push tuple", _heapq.heappush, ((1,), 2)),
    ("pop empty", _heapq.heappop, ([],)),
    ("pop tuple", _heapq.heappop, ((),)),
    ("replace empty", _heapq.heapreplace, ([], 1)),
    ("replace_max empty", _heapq._heapreplace_max, ([], 1)),
    ("pop_max empty", _heapq._heappop_max, ([],)),
    ("pushpop empty", _heapq.heappushpop, ([], 1)),
    ("pushpop tuple", _heapq.heappushpop, ((), 1)),
    ("heapify str", _heapq.heapify, ("abc",)),
    ("push 1 arg", _heapq.heappush, ([],)),
    ("push 3 args", _heapq.heappush, ([], 1, 2)),
    ("pop 0 args", _heapq.heappop, ()),
    ("heapify 2 args", _heapq.heapify, ([], [])),
    ("mixed", _heapq.heapify, ([3, "a", 1],)),
    ("push mixed", _heapq.heappush, ([1, 2], "x")),
]:
    show(label, f, *args)
show("kw", _heapq.heappush, [], item=1)

class Shrink:
    def __init__(self, heap, v): self.heap, self.v = heap, v
    def __lt__(self, other):
        self.heap.clear()
        return True
    def __repr__(self):
        return f"Shrink({self.v})"
hh = [1, 2]
show("shrink push", _heapq.heappush, hh, Shrink(hh, 0))
hh = [Shrink(None, 1), 2, 3]
hh[0].heap = hh
show("shrink pop", _heapq.heappop, hh + [Shrink(hh, 4)])
hh = [0, 1, 2]
class Grow:
    def __lt__(self, other):
        hh.append(5)
        return False
hh[1] = Grow()
show("grow heapify", _heapq.heapify, hh)

# The pure-Python modules on top.
import bisect, heapq
print(bisect.bisect([1, 2, 2, 3], 2), bisect.insort is bisect.insort_right, heapq.heappush is _heapq.heappush)
print(heapq.nsmallest(3, [5, 1, 4, 2, 3]), heapq.nlargest(2, [5, 1, 4, 2, 3]), list(heapq.merge([1, 4], [2, 3])))
