# zlib's Compress and Decompress objects: compressobj's options (level, method,
# wbits, memLevel, strategy, zdict), flush modes, copies, decompress with
# max_length (unconsumed_tail), data after the end (unused_data, eof), flush, zdict
# for zlib and raw streams, and the types' names and methods.
import zlib

text = b"".join(b"%d: pack my box with five dozen liquor jugs\n" % i for i in range(120))

co = zlib.compressobj()
print(type(co), type(co).__name__, type(co).__module__, type(co).__qualname__)
print(sorted(n for n in dir(co) if not n.startswith("__")))
do = zlib.decompressobj()
print(type(do), sorted(n for n in dir(do) if not n.startswith("__")))
print(do.unused_data, do.unconsumed_tail, do.eof)
for name in ["compress", "flush", "copy", "__copy__", "__deepcopy__"]:
    f = getattr(type(co), name)
    print(name, f.__text_signature__, f.__doc__)
for name in ["decompress", "flush", "copy"]:
    f = getattr(type(do), name)
    print(name, f.__text_signature__, f.__doc__)

def roundtrip(label, co, wbits=15, zdict=None):
    pieces = [co.compress(text[i:i + 700]) for i in range(0, len(text), 700)]
    pieces.append(co.flush())
    data = b"".join(pieces)
    d = zlib.decompressobj(wbits, zdict) if zdict is not None else zlib.decompressobj(wbits)
    out = d.decompress(data) + d.flush()
    print(label, len(data), [len(p) for p in pieces][:6], out == text, d.eof, d.unused_data)

roundtrip("default", zlib.compressobj())
for level in [0, 1, 9]:
    roundtrip("level %d" % level, zlib.compressobj(level))
for strategy in [zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED]:
    roundtrip("strategy %d" % strategy, zlib.compressobj(6, zlib.DEFLATED, 15, 8, strategy))
for mem in [1, 5, 9]:
    roundtrip("memLevel %d" % mem, zlib.compressobj(memLevel=mem))
roundtrip("raw", zlib.compressobj(wbits=-12), -12)
roundtrip("gzip", zlib.compressobj(wbits=31), 31)
roundtrip("gzip auto", zlib.compressobj(wbits=31), 47)
zd = b"pack my box with five dozen liquor jugs"
roundtrip("zdict", zlib.compressobj(zdict=zd), 15, zd)
roundtrip("zdict bytearray", zlib.compressobj(zdict=bytearray(zd)), 15, memoryview(zd))
roundtrip("zdict raw", zlib.compressobj(wbits=-15, zdict=zd), -15, zd)

# Flush modes: each gives a point the decompressor can reach.
co = zlib.compressobj()
d = zlib.decompressobj()
for mode in [zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_BLOCK]:
    part = co.compress(b"chunk %d " % mode * 20) + co.flush(mode)
    print("mode", mode, len(part), d.decompress(part))
print(co.flush(zlib.Z_FINISH)[-4:].hex(), co.flush(zlib.Z_NO_FLUSH))

# Copies go on independently.
co = zlib.compressobj(9)
head = co.compress(text[:5000])
twin = co.copy()
a = head + co.compress(b"one ending") + co.flush()
b = head + twin.compress(b"another ending") + twin.flush()
print(zlib.decompress(a)[-10:], zlib.decompress(b)[-14:])
print(type(zlib.compressobj().__copy__()).__name__, type(zlib.compressobj().__deepcopy__({})).__name__)
d = zlib.decompressobj()
first = d.decompress(a[:100])
d2 = d.copy()
print(first + d.decompress(a[100:]) == first + d2.decompress(a[100:]), d.eof, d2.eof)
d3 = d.__deepcopy__(None)
print(d3.eof, d3.unused_data, type(d.__copy__()).__name__)

# max_length keeps the rest of the input in unconsumed_tail.
data = zlib.compress(text)
d = zlib.decompressobj()
chunks = []
piece = d.decompress(data, 1000)
while True:
    chunks.append(len(piece))
    if d.eof or not d.unconsumed_tail:
        break
    piece = d.decompress(d.unconsumed_tail, 1000)
rest = d.flush()
print(chunks[:5], len(chunks), len(rest), d.eof, d.unconsumed_tail, d.unused_data)
d = zlib.decompressobj()
print(len(d.decompress(data, 10)), len(d.unconsumed_tail), len(d.flush()), d.unconsumed_tail, d.eof)
d = zlib.decompressobj()
print(len(d.decompress(data, max_length=5)), len(d.flush(1)), d.eof)

# Data after the end of the stream.
d = zlib.decompressobj()
out = d.decompress(data + b"tail")
print(out == text, d.eof, d.unused_data, d.decompress(b"more"), d.unused_data)
print(d.flush(), d.eof, d.unused_data)
d = zlib.decompressobj()
for i in range(0, len(data), 37):
    d.decompress(data[i:i + 37])
print(d.eof, d.unused_data)
d = zlib.decompressobj()
d.decompress(data[:-3])
print(d.eof, len(d.flush()), d.eof, d.unused_data)
d = zlib.decompressobj()
print(d.decompress(b""), d.flush(), d.eof)
