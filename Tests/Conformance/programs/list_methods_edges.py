# list methods: insert at out-of-range and negative positions, index with start/stop, remove/count with equality, pop, extend self, copy semantics
l = [1, 2, 3]
l.insert(-1, "a"); l.insert(100, "end"); l.insert(-100, "start"); l.insert(0, 0); print(l)
print(l.index(2), l.index("a", 2), l.index(3, -3, -1), l.count(1), [1, 1.0, True].count(1), [[1], [1]].count([1]))
for bad in [lambda: l.index(99), lambda: l.index(2, 5), lambda: l.remove(99), lambda: [].pop(), lambda: l.pop(100), lambda: l.insert("a", 1),
            lambda: l.index(), lambda: [3, "a"].sort(), lambda: l.extend(5)]:
    try:
        print(bad())
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
m = [1, 2]; m.extend(m); print(m)
m += m[:1]; m *= 2; print(m, len(m))
n = m.copy(); n.append(9); print(len(m), len(n), m == n[:-1])
nested = [[0]] * 2; copy = nested.copy(); copy[0].append(1); print(nested, copy[0] is nested[0])
r = [3, 1, 2]; r.reverse(); print(r, r.pop(0), r.pop(-1), r)
r.clear(); print(r, r == [], r is not [])
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): print("eq called"); return self.v == getattr(o, "v", o)
e = [Eq(1), Eq(2)]
print(e.index(2), Eq(2) in e, e.count(1))
e.remove(1); print(len(e))
s = [5, 3, 8]
s[1:1] = [0]; s[len(s):] = [9]; del s[0]; print(s, s * 0, [None] * 3, s[::-1] + s)
print(list("abc"), list(range(3)), list({"k": 1}), list((1, 2)), list(x * x for x in range(4)), list(map(str, [1, 2])))
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0], [] < [0], [2] > [1, 9], [1, [2]] == [1, [2]])
big = list(range(10)); del big[::2]; del big[-1]; print(big, big.__len__(), big.__contains__(3), big.__getitem__(-1))
try:
    big[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([["b", 2], ["a", 3], ["a", 1]]), max([[1, 2], [1, 3]]), min([], default="empty"))
