# The sizes a dict's keys table takes as it grows, shrinks and is copied, seen through
# sys.getsizeof: CPython 3.11 grows a full table to the smallest power of two at least
# three times the entries in use (8, 16, 32, ...), and getsizeof counts the collector's
# header of tracked objects.
import sys

def steps(d, keys):
    sizes = []
    for k in keys:
        d[k] = k
        size = sys.getsizeof(d)
        if not sizes or sizes[-1][1] != size:
            sizes.append((len(d), size))
    return sizes

print("int keys", steps({}, range(300)))
print("str keys", steps({}, [str(i) for i in range(300)]))
print("empty", sys.getsizeof({}), sys.getsizeof([]), sys.getsizeof(()), sys.getsizeof(set()), sys.getsizeof(1), sys.getsizeof("ab"))

d = {i: i for i in range(100)}
print("comprehension", sys.getsizeof(d), sys.getsizeof(d.copy()), sys.getsizeof(dict(d)), sys.getsizeof({**d}))
for i in range(90):
    del d[i]
print("after deletions", len(d), sys.getsizeof(d), sys.getsizeof(d.copy()), sys.getsizeof(dict(d)))
print("refilling", steps(d, range(1000, 1100)))
for n in (1, 5, 6, 10, 11, 21, 22, 100, 1000):
    keys = list(range(n))
    print("fromkeys", n, sys.getsizeof(dict.fromkeys(keys)), sys.getsizeof(dict.fromkeys(set(keys))),
          sys.getsizeof(dict.fromkeys(dict.fromkeys(keys))), sys.getsizeof(dict(zip(keys, keys))))
e = {}
e.update({i: i for i in range(50)})
print("update", sys.getsizeof(e))
e.clear()
print("clear", sys.getsizeof(e))
s = {}
for i in range(40):
    s.setdefault(i, i)
print("setdefault", sys.getsizeof(s))
while len(s) > 3:
    s.popitem()
print("popitem", sys.getsizeof(s), sys.getsizeof(s.copy()))
class C: pass
print("types", sys.getsizeof(int) == type.__sizeof__(int), sys.getsizeof(C) - type.__sizeof__(C))
merged = {i: i for i in range(8)}
merged.update({i: i for i in range(100, 130)})
print("update into used", sys.getsizeof(merged), sys.getsizeof({**{i: i for i in range(3)}}))
sparse = {i: i for i in range(60)}
for i in range(40):
    sparse.popitem()
print("popped", sys.getsizeof(sparse), sys.getsizeof(dict(sparse)), sys.getsizeof(sparse.copy()))
