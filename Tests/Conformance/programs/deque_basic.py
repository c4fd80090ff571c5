# _collections.deque: appends and pops at both ends, maxlen trimming, rotate, insert/remove/index/count, item access, reverse, extend/extendleft, concatenation and repetition, comparisons, copies, reduction, iterators (mutation errors, length hints, reversed), subclasses and recursive reprs
from _collections import deque

d = deque()
for i in range(10):
    d.append(i)
    d.appendleft(-i)
print(d, len(d), d[0], d[-1], d[10], d.pop(), d.popleft(), d)
big = deque(range(1000))
for _ in range(600):
    big.popleft()
big.extend(range(5)); print(len(big), big[0], big[-1], sum(big), list(big)[-7:])
q = deque(maxlen=3)
for i in range(6):
    q.append(i)
print(q, q.maxlen); q.appendleft(9); print(q); q.extendleft([7, 8]); print(q); q.extend("ab"); print(q)
z = deque([1, 2], maxlen=0); z.append(3); z.extend(range(100)); print(z, len(z))
r = deque(range(7))
for n in [1, 3, -2, 7, 0, -10, 15]:
    r.rotate(n); print(n, list(r))
r.rotate(); print(r)
f = deque(range(8)); f.rotate(3); print(f)
full = deque(range(8)); full.extend([8]); [full.popleft() for _ in range(1)]; full.rotate(-3); print(full)
ins = deque("abc")
for i, x in [(0, "X"), (2, "Y"), (100, "Z"), (-1, "W"), (-100, "V")]:
    ins.insert(i, x); print(ins)
rm = deque([1, 2, 3, 2, 1]); rm.remove(2); print(rm, rm.count(1), rm.count(5), rm.index(1), rm.index(1, 1), rm.index(2, -3, 10))
rm[0] = "first"; rm[-1] = "last"; print(rm); del rm[1]; print(rm); del rm[-1]; print(rm)
rv = deque(range(6)); rv.reverse(); print(rv); e = deque(); e.reverse(); print(e)
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 3, 3 * deque("ab"), deque([1]) * 0, deque([1, 2], 3) * 2)
a = deque([1]); b = a; a += [2, 3]; print(a is b, a); a *= 2; print(a is b, a); a *= -1; print(a)
s = deque(range(3)); s.extend(s); print(s); s.extendleft(s); print(s)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1]), deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1]), deque([2]) > deque([1, 9]), deque() >= deque())
print(deque([1]) == [1], deque("ab") == deque(["a", "b"]), 2 in deque([1, 2]), 5 in deque([1, 2]), bool(deque()), bool(deque([None])))
c = deque([1, [2]], 5); c2 = c.copy(); c3 = c.__copy__(); c2.append(0); print(c, c2, c3, c3.maxlen, c[1] is c3[1])
red = deque([1, 2], 4).__reduce__(); print(red[0].__name__, red[1], red[2], list(red[3]))
red = deque("xy").__reduce__(); print(red[1], red[2], list(red[3]))
it = iter(deque([1, 2, 3])); print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(list(reversed(deque("abc"))), reversed(deque()).__length_hint__(), type(reversed(deque())).__name__, type(iter(deque())).__name__)
m = deque([1, 2, 3]); it = iter(m); next(it); m.append(4)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
print(list(it))
m2 = deque([1, 2]); it2 = iter(m2); m2[0] = 9; print(list(it2))
class Eq:
    def __init__(self, d): self.d = d
    def __eq__(self, other):
        self.d.append(0)
        return False
md = deque([1, 2, 3]); 
for call in [lambda: md.count(Eq(md)), lambda: md.index(Eq(md)), lambda: Eq(md) in md, lambda: md.remove(Eq(md))]:
    try:
        call()
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__, e)
class MyDeque(deque):
    def __init__(self, items=(), maxlen=None, tag="t"):
        super().__init__(items, maxlen)
        self.tag = tag
md = MyDeque([1, 2], 3); md.extra = 1
print(repr(md), md.tag, type(md.copy()).__name__, md.copy(), type(md + deque([3])).__name__, md * 2, md.__reduce__()[1:3])
class Plain(deque): pass
p = Plain("ab"); print(p, p.copy(), isinstance(p, deque), Plain.__mro__[1].__name__)
rec = deque([1]); rec.append(rec); print(rec, repr(deque([deque([1])])))
print(deque[int], deque.__class_getitem__(str), deque.__module__, deque.__name__, deque.maxlen.__doc__)
w = deque("abcdef"); print(w.__sizeof__() > 0, sorted(w, reverse=True), list(map(str.upper, w)), "".join(w))
reinit = deque([1, 2, 3], 5); reinit.__init__([9]); print(reinit, reinit.maxlen)
many = deque()
for i in range(2000):
    many.append(i)
    if i % 3 == 0:
        many.popleft()
print(len(many), many[0], many[-1], many[500])
many.rotate(777); print(many[0], many[-1]); many.clear(); print(many, len(many))
