# struct.Struct objects: attributes, methods, re-initialisation, subclasses, the
# unpack iterator, buffers (bytes, bytearray, memoryview, array), pack_into and
# unpack_from offsets, and the module's format cache.
import struct, array

S = struct.Struct
s = S("<3sx2p?")
print(s.format, s.size, type(s.format).__name__, S(b"ii").format, S(format="h").size)
print(s.__sizeof__(), S("5i").__sizeof__(), S("").__sizeof__(), S("2s3p").__sizeof__(), S("x").__sizeof__())
print(type(s).__name__, type(s).__module__, type(s).__qualname__, S.__doc__)
print(s.pack(b"abcdef", b"xyz", 1), s.unpack(b"abc\x00\x02x\x01"))
for name in ("pack", "unpack", "unpack_from", "iter_unpack", "pack_into"):
    print(name, getattr(S, name).__doc__.splitlines()[0], getattr(S, name).__text_signature__)
for name in ("format", "size"):
    print(name, getattr(S, name).__doc__)
    try:
        setattr(s, name, 1)
    except AttributeError as e:
        print(e)
for label, call in [("S()", lambda: S()), ("S(1)", lambda: S(1)), ("S(2 args)", lambda: S("i", "i")),
                    ("S(bad kw)", lambda: S(fmt="i")), ("S(é)", lambda: S("é")), ("S(bytearray)", lambda: S(bytearray(b"i"))),
                    ("S(bad)", lambda: S("y")), ("pack kw", lambda: S("i").pack(1, x=1)), ("unpack none", lambda: S("i").unpack()),
                    ("iter 2", lambda: S("i").iter_unpack(b"1", 2)), ("unpack_from none", lambda: S("i").unpack_from()),
                    ("pack_into none", lambda: S("h").pack_into()), ("pack_into one", lambda: S("h").pack_into(bytearray(2))),
                    ("pack_into few", lambda: S("hh").pack_into(bytearray(4), 0, 1)), ("pack_into kw", lambda: S("h").pack_into(bytearray(2), 0, v=1)),
                    ("sizeof arg", lambda: s.__sizeof__(1))]:
    try:
        print(label, call())
    except Exception as e:
        print(label, type(e).__name__, e)

x = S("i")
x.__init__("2i")
print(x.size, x.format, x.pack(1, 2))
try:
    x.__init__("z")
except struct.error as e:
    print("reinit", e, x.size)
fresh = S.__new__(S)
print(fresh.size, fresh.format)

class Point(S):
    def __init__(self, fmt="<2h"):
        super().__init__(fmt)
        self.extra = "kept"
p = Point()
print(p.pack(1, 2), p.unpack(b"\x01\x00\x02\x00"), p.extra, p.size, type(p).__name__, isinstance(p, S))
print(Point(">i").pack(258), p.__sizeof__() >= S("<2h").__sizeof__())
import weakref
r = weakref.ref(p)
print(r() is p)

# unpack_from and pack_into offsets, including negative ones.
data = bytes(range(12))
h = S("<h")
print(h.unpack_from(data), h.unpack_from(data, 3), h.unpack_from(data, -2), h.unpack_from(data, offset=5), h.unpack_from(buffer=data))
print(struct.unpack_from("<hh", data, 4), struct.unpack_from("<h", buffer=data, offset=-12))
ba = bytearray(8)
struct.pack_into("<hh", ba, 2, 1, 2)
struct.pack_into("<h", ba, -2, 7)
print(ba)
h.pack_into(ba, 0, -1)
struct.pack_into("xhx", ba, 3, 0x0102)
print(ba)
mv = memoryview(ba)
struct.pack_into(">h", mv, 0, 0x4142)
struct.pack_into("<h", mv[4:], 0, 0x4344)
print(ba, struct.unpack_from("<h", mv, 4), struct.unpack("<2h", mv[4:8]))
arr = array.array("h", [0, 0])
struct.pack_into("<h", arr, 2, 9)
print(arr, struct.unpack("<2h", arr), struct.unpack_from("<h", array.array("b", [5, 0, 6, 0]), 2))
print(struct.unpack("<i", bytearray(b"abcd")), struct.unpack("<i", memoryview(b"xabcd")[1:]))
print(struct.unpack("<2h", memoryview(b"abcd").cast("h")), struct.unpack("<2h", memoryview(b"abcd").cast("B", (2, 2))))

# Each item is stored as soon as it is converted, into a region zeroed first.
class Writes:
    def __init__(self, target):
        self.target = target
    def __index__(self):
        print("converting; buffer now", bytes(self.target))
        self.target[0] = 0xEE
        self.target[7] = 0xDD
        return 5
dest = bytearray(b"\xff" * 8)
struct.pack_into("<hhx", dest, 0, 1, Writes(dest))
print(dest)

# iter_unpack.
it = struct.iter_unpack("<h", b"abcdef")
print(type(it).__name__, type(it).__module__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(iter(it) is it, list(it), list(S("<2b").iter_unpack(bytearray(b"\x01\x02\x03\x04"))), list(struct.iter_unpack("<b", memoryview(b"\x09"))))
try:
    type(it)()
except TypeError as e:
    print(e)
src = bytearray(b"\x01\x00\x02\x00\x03\x00")
it = struct.iter_unpack("<h", src)
print(next(it))
src[2] = 9
print(list(it))

# The module functions' cache: Struct objects are compiled once per format object.
struct._clearcache()
for i in range(150):
    assert struct.calcsize(f"{i}x") == i
print(struct.pack("i", 1) == struct.Struct("i").pack(1), struct.unpack("i", b"\x01\x00\x00\x00"))
print(struct._clearcache(), struct.calcsize("i"), struct.calcsize(b"i"))
print(sorted(n for n in dir(struct) if not n.startswith("_")))
