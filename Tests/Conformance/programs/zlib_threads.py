# zlib without the GIL: threads compressing and decompressing at once give the
# same bytes as one thread, and threads sharing one compressor take turns.
# gc-stress-interval: 50 (imports threading, which take many minutes to load when every allocation collects)
import threading
import zlib

blocks = [(bytes(range(i * 40, 256)) + b"%d" % i * 300 + bytes(range(0, i * 40))) * 100 for i in range(1, 5)]
expected = [zlib.compress(b, 9) for b in blocks]
results = [None] * len(blocks)

def work(i):
    c = zlib.compress(blocks[i], 9)
    results[i] = (c == expected[i], zlib.decompress(c) == blocks[i], zlib.crc32(blocks[i]))

threads = [threading.Thread(target=work, args=(i,)) for i in range(len(blocks))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)

shared = zlib.compressobj()
pieces = []
lock = threading.Lock()

def feed(i):
    for k in range(5):
        chunk = b"%d-%d;" % (i, k) * 2000
        with lock:
            pieces.append(shared.compress(chunk))

threads = [threading.Thread(target=feed, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
pieces.append(shared.flush())
out = zlib.decompress(b"".join(pieces))
print(len(out), sorted(set(out.split(b";")))[:4])
