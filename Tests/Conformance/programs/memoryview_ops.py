# memoryview: slicing (views share memory), tobytes/tolist/hex, release and context manager, readonly, cast, comparisons
data = bytearray(b"abcdefgh")
m = memoryview(data)
print(m[0], m[-1], bytes(m[2:5]), m[::2].tobytes(), m.nbytes, m.readonly, m.itemsize, m.format, m.ndim, m.shape, m.strides)
s = m[2:6]
s[0] = ord("C"); print(data, s.tobytes(), s.tolist(), s.hex(), s.hex("-"), len(s))
m[1:3] = b"XY"; print(data, bytes(m[::-1]))
print(m == b"aXYdefgh", m == data, m[1:3] == b"XY", memoryview(b"ab") == memoryview(bytearray(b"ab")), m != b"z")
ro = memoryview(b"readonly")
print(ro.readonly, ro.obj, ro[4:].tobytes())
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
with memoryview(b"ctx") as cm:
    print(cm.tobytes())
try:
    cm.tobytes()
except ValueError as e:
    print(type(e).__name__, e)
w = memoryview(bytearray(8)).cast("I")
w[0] = 1; w[1] = 0xFFFFFFFF
print(w.format, w.itemsize, len(w), w.tolist(), w.cast("B").tolist())
h = memoryview(b"\x01\x00\x02\x00").cast("H")
print(h.tolist(), h[1], list(h), h.nbytes, h.shape)
r = memoryview(b"x"); r.release(); r.release()
print(repr(r)[:20])
for f in [lambda: m[10], lambda: m.__setitem__(0, 300), lambda: m.__setitem__(slice(0, 2), b"abc"), lambda: memoryview("s"),
          lambda: m[:3].cast("H"), lambda: hash(m), lambda: m["a"]]:
    try:
        print(f())
    except (ValueError, TypeError, IndexError, NotImplementedError) as e:
        print(type(e).__name__, e)
print(hash(memoryview(b"abc")) == hash(b"abc"), bytes(memoryview(b"abc")[1:]), list(memoryview(b"hi")))
