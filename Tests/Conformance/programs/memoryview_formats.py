# memoryview over native struct formats: cast to every format (and its errors), multi-dimensional shapes,
# indexing, slicing, tolist/tobytes, equality across formats, hashing limits, item and slice assignment per format
def t(label, f):
    try:
        r = f()
        print(label, repr(r) if not isinstance(r, memoryview) else ("view", r.format, r.itemsize, r.shape, r.strides, r.tolist()))
    except Exception as e:
        print(label, type(e).__name__, e)
m = memoryview(b'abcdefgh')
for f in ['@H', '<H', 'x', 'HH', '@', 'Z', 'B', 'e', '?', 'f', 'P', 'l', 'n', 'q', 'c', 'h', 'i', 'I', 'L', 'Q', 'N', 'd', 'b']:
    t(f, lambda: m.cast(f))
h = m.cast('H')
ops = [lambda: h.cast('I'), lambda: h.cast('B').format, lambda: m[::2].cast('H'), lambda: memoryview(b'abc').cast('H'), lambda: m.cast('B', 5), lambda: m.cast('B', [2, 0]), lambda: m.cast('B', [2, 'a']), lambda: m.cast('H', [2,2]).cast('B', [8]), lambda: m.cast('B',[2,4]).cast('B',[4,2]), lambda: m.cast('B', []), lambda: hash(h), lambda: h.hex(), lambda: h.tobytes(), lambda: h.strides, lambda: h.nbytes, lambda: len(h), lambda: h[::-1].tolist(), lambda: h[::-1].strides, lambda: h[-1], lambda: h[4], lambda: h.cast('B', [2,2]), lambda: m.cast('B',[2,4]).cast('H'), lambda: m.cast('B',[2,4]).cast('B').shape, lambda: m.cast('H', (4,)).shape, lambda: m.cast('H', [1,1,1,1]).strides, lambda: m.cast('h') == m.cast('H'), lambda: memoryview(b'\xff\xff').cast('h') == memoryview(b'\xff\xff').cast('H'), lambda: m.cast('d') == m.cast('d'), lambda: memoryview(b'\x00\x00\x00\x00\x00\x00\xf8\x7f').cast('d') == memoryview(b'\x00\x00\x00\x00\x00\x00\xf8\x7f').cast('d'), lambda: memoryview(b'').cast('B', [1]), lambda: h[::2].cast('B'), lambda: bytes(h[1:]), lambda: list(h), lambda: h == [25185, 25699, 26213, 26727], lambda: h.cast('B') == m, lambda: m == h, lambda: h.c_contiguous, lambda: h[::2].contiguous, lambda: h.cast('B', (2, 2, 2)).strides, lambda: m.cast('B', [2, 2**62]), lambda: memoryview(h), lambda: h.toreadonly(), lambda: h[1,], lambda: h[1, 2]]
for i, op in enumerate(ops): t(i, op)
m2 = m.cast('B', [2, 4])
ops2 = [lambda: m2[0], lambda: m2[1, 2], lambda: m2[0:1], lambda: m2[0:1, 0:1], lambda: len(m2), lambda: m2.tolist(), lambda: m2.strides, lambda: m2.shape, lambda: m2.ndim, lambda: list(m2), lambda: m2 == m2, lambda: m2 == b'abcdefgh', lambda: m2.tobytes(), lambda: m2[1, 4], lambda: m2[1], lambda: m2[1,-1], lambda: m2[1, 'a'], lambda: m2[1,2,3], lambda: m2[0:1].shape, lambda: m2.nbytes, lambda: m2.contiguous, lambda: hash(m2), lambda: m2.hex(), lambda: m2 == m.cast('B', [4, 2]), lambda: m2[::-1].tolist(), lambda: m2[::-1].c_contiguous, lambda: m2[1:].tobytes(), lambda: memoryview(m2).shape, lambda: m2.toreadonly().shape, lambda: m2.f_contiguous]
for i, op in enumerate(ops2): t(100 + i, op)
w = bytearray(16)
v = memoryview(w).cast('H')
def setv(k, x):
    v[k] = x
    return w
for i, (k, x) in enumerate([(0, 65535), (1, -1), (2, 70000), (3, 'a'), (4, 1.5), (5, True), (slice(0, 2), b'ab'), (slice(0, 2), memoryview(b'abcd').cast('H')), (slice(0, 1), memoryview(b'ab').cast('h')), (9, 1)]):
    t(200 + i, lambda: setv(k, x))
d = memoryview(bytearray(16)).cast('d')
for i, x in enumerate([1.5, 3, 'x', 10**400, True]):
    t(220 + i, lambda: (d.__setitem__(0, x), d[0]))
f = memoryview(bytearray(8)).cast('f')
t(230, lambda: f.__setitem__(0, 1e300))
t(231, lambda: (f.__setitem__(0, 0.1), f[0]))
q = memoryview(bytearray(8)).cast('Q')
t(232, lambda: (q.__setitem__(0, 2**64 - 1), q[0]))
t(233, lambda: q.__setitem__(0, 2**64))
t(234, lambda: q.__setitem__(0, -1))
qq = memoryview(bytearray(8)).cast('q')
t(235, lambda: (qq.__setitem__(0, -2**63), qq[0]))
t(236, lambda: qq.__setitem__(0, 2**63))
c = memoryview(bytearray(2)).cast('c')
t(237, lambda: (c.__setitem__(0, b'z'), c.tolist()))
t(238, lambda: c.__setitem__(0, b'zz'))
t(239, lambda: c.__setitem__(0, 1))
b2 = memoryview(bytearray(8)).cast('B', [2, 4])
t(240, lambda: (b2.__setitem__((1, 1), 7), b2.tolist()))
t(241, lambda: b2.__setitem__(0, 7))
t(242, lambda: b2.__setitem__(slice(0, 1), b'abcd'))
t(243, lambda: b2.__setitem__('x', 1))
bo = memoryview(bytearray(2)).cast('?')
t(244, lambda: (bo.__setitem__(0, [1]), bo.tolist()))
