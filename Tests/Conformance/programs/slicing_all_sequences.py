# slicing every sequence type with positive/negative/None bounds and steps; slice objects, indices(), assignment to list slices
seqs = [list(range(10)), tuple(range(10)), "0123456789", b"0123456789", bytearray(b"0123456789"), range(10), memoryview(b"0123456789")]
cuts = [slice(None), slice(2, 8), slice(-3, None), slice(None, -3), slice(None, None, -1), slice(8, 2, -2), slice(1, 100, 3),
        slice(-100, 100), slice(5, 5), slice(7, 2), slice(-1, -11, -1), slice(None, None, 4)]
for s in seqs:
    out = []
    for c in cuts:
        r = s[c]
        out.append(bytes(r) if isinstance(r, memoryview) else r)
    print(type(s).__name__, out)
print(slice(1, 2, 3), slice(5), slice(None, 3).indices(10), slice(-20, 20, 2).indices(10), slice(None, None, -1).indices(5))
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(1).start, slice(1).stop, slice(1, 2, 3).step)
try:
    hash(slice(1, 2))
    print("hashable slice")
except TypeError as e:
    print(type(e).__name__, e)
for bad in [lambda: [1][::0], lambda: "ab"[1:2:0], lambda: [1]["a":], lambda: slice(1, 2).indices(-1), lambda: range(5)[::0],
            lambda: slice(1, 2, 0).indices(5), lambda: (1, 2)[1.0:]]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
l = list(range(10))
l[2:5] = "ab"; print(l)
l[::3] = [0] * len(l[::3]); print(l)
l[:] = l[::-1]; print(l)
l[len(l):] = [99]; l[:0] = [-1]; print(l)
del l[1::2]; print(l)
l[1:1] = range(3); print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
class Seq:
    def __getitem__(self, i): return i
print(Seq()[1:2], Seq()[::], Seq()[1:2, 3], Seq()[..., 1:], Seq()[:, None])
r = range(0, 20, 3)
print(r[1:4], r[::-1], r[-2:], r[::2][1], list(r[5:1:-2]), range(10)[3:100])
