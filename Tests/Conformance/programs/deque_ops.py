# _collections.deque: maxlen eviction on both ends, rotate, extendleft order, index/insert/remove, comparisons, errors
from _collections import deque
d = deque([1, 2, 3], maxlen=4)
d.append(4); d.append(5); print(d, d.maxlen)
d.appendleft(0); print(d)
d.extend([7, 8]); print(d)
d.extendleft("ab"); print(d)
d = deque(range(6)); d.rotate(2); print(d); d.rotate(-3); print(d); d.rotate(0); d.rotate(12); print(d)
print(d.index(3), d.index(5, 1), d.count(0), 4 in d, d[0], d[-1], len(d))
d.insert(1, "x"); d.remove(0); print(d, d.pop(), d.popleft(), d)
d[0] = "first"; del d[1]; print(d, d.copy(), list(reversed(d)))
d.reverse(); print(d)
print(deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]), deque() == [], deque([1, 2]) + deque([3]), deque([0]) * 3)
e = deque([1], maxlen=2); e += [2, 3]; print(e)
f = deque(maxlen=0); f.append(1); print(f, len(f))
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).remove(2), lambda: deque([1])[5], lambda: deque([1]).index(9),
            lambda: deque(maxlen=-1), lambda: hash(deque()), lambda: deque([1], maxlen=1).insert(0, 2), lambda: deque([1, 2])[0:1]]:
    try:
        print(bad())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
q = deque()
for i in range(5): q.append(i)
out = []
while q:
    v = q.popleft()
    out.append(v)
    if v == 1: q.append(10)
print(out)
dd = deque([[]]); dd[0].append(1); print(dd, repr(deque()), repr(deque([1], 3)))
it = iter(deque([1, 2]))
try:
    dq = deque([1, 2]); it = iter(dq); next(it); dq.append(3); next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
d.clear(); print(d, bool(d), bool(deque([0])))
