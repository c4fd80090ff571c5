# zlib's one-shot functions: compress and decompress with every level and the three
# containers (zlib, raw deflate, gzip, and the automatic header detection), bufsize,
# the checksums with start values over bytes, bytearray, memoryview and big inputs,
# and the module's constants and docs.
import zlib

text = b"".join(b"%d: the quick brown fox jumps over the lazy dog\n" % i for i in range(400))
noise = bytes((i * 7919 + i // 3) % 256 for i in range(5000))

print(sorted(n for n in dir(zlib) if not n.startswith("__")))
print(zlib.__doc__)
print(zlib.__version__, zlib.ZLIB_VERSION == zlib.ZLIB_RUNTIME_VERSION, type(zlib.ZLIB_VERSION))
for name in ["MAX_WBITS", "DEFLATED", "DEF_MEM_LEVEL", "DEF_BUF_SIZE", "Z_NO_COMPRESSION",
             "Z_BEST_SPEED", "Z_BEST_COMPRESSION", "Z_DEFAULT_COMPRESSION", "Z_FILTERED",
             "Z_HUFFMAN_ONLY", "Z_RLE", "Z_FIXED", "Z_DEFAULT_STRATEGY", "Z_NO_FLUSH",
             "Z_PARTIAL_FLUSH", "Z_SYNC_FLUSH", "Z_FULL_FLUSH", "Z_FINISH", "Z_BLOCK", "Z_TREES"]:
    print(name, getattr(zlib, name))
for f in [zlib.compress, zlib.decompress, zlib.crc32, zlib.adler32, zlib.compressobj, zlib.decompressobj]:
    print(f.__name__, f.__text_signature__)
    print(f.__doc__)

for level in range(-1, 10):
    c = zlib.compress(text, level)
    print("level", level, len(c), c[:2].hex(), zlib.decompress(c) == text)
print(zlib.compress(text, level=1) == zlib.compress(text, 1))

for wbits in [9, 12, 15, -9, -15, 25, 31]:
    c = zlib.compress(text, 6, wbits)
    print("wbits", wbits, len(c), c[:4].hex(), zlib.decompress(c, wbits) == text)
    if wbits > 0:
        print("  auto", zlib.decompress(c, 32 + (wbits & 15)) == text)
print(zlib.compress(text, wbits=-15) == zlib.compress(text, 6, -15))

c = zlib.compress(text)
for bufsize in [0, 1, 7, 100, 16384, 1 << 20]:
    print("bufsize", bufsize, zlib.decompress(c, bufsize=bufsize) == text)
print(zlib.decompress(c, 15, 1) == text)
print(zlib.compress(b""), zlib.decompress(zlib.compress(b"")))
print(zlib.compress(noise, 9)[:16].hex(), len(zlib.compress(noise, 0)))
print(zlib.decompress(bytearray(c)) == text, zlib.decompress(memoryview(c)) == text)
print(zlib.compress(bytearray(b"abc")), zlib.compress(memoryview(b"xabcx")[1:4]))
import array
print(zlib.compress(array.array("b", [1, 2, 3])))

for data in [b"", b"a", b"abc", text, noise, noise * 3]:
    print("sums", len(data), zlib.crc32(data), zlib.adler32(data),
          zlib.crc32(data, 12345), zlib.adler32(data, 12345))
print(zlib.crc32(b"abc", -1), zlib.crc32(b"abc", 2 ** 70 + 5), zlib.adler32(b"abc", 2 ** 40))
print(zlib.crc32(bytearray(noise * 2)), zlib.adler32(memoryview(noise * 2)))
crc = adler = None
crc, adler = 0, 1
for i in range(0, len(text), 1000):
    crc = zlib.crc32(text[i:i + 1000], crc)
    adler = zlib.adler32(text[i:i + 1000], adler)
print(crc == zlib.crc32(text), adler == zlib.adler32(text))
