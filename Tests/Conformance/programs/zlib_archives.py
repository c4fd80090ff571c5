# The stdlib's archive formats on zlib: gzip (module functions, GzipFile line by
# line, appended members, a corrupt CRC), zipfile with ZIP_DEFLATED (levels,
# testzip, reading members as streams), and tarfile's gz modes, in memory and on disk.
# gc-stress-interval: 200 (imports gzip, zipfile, tarfile and tempfile, whose loading takes minutes even at every 50th allocation)
import gzip
import io
import os
import tarfile
import tempfile
import zipfile

data = b"".join(b"line %d: lorem ipsum dolor sit amet\n" % i for i in range(2000))

raw = gzip.compress(data, mtime=0)
print(len(raw), raw[:10].hex(), gzip.decompress(raw) == data)
print(len(gzip.compress(data, 1, mtime=0)), len(gzip.compress(data, 9, mtime=0)))
print(gzip.decompress(raw + gzip.compress(b"second member", mtime=0))[-13:])
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="notes.txt") as f:
    for i in range(0, len(data), 999):
        f.write(data[i:i + 999])
print(buf.getvalue()[:24])
with gzip.GzipFile(fileobj=io.BytesIO(buf.getvalue())) as f:
    print(f.readline(), f.readline(), f.name)
    f.seek(1000)
    print(f.read(20), f.tell())
    print(len(f.read()))
bad = bytearray(raw)
bad[-8] ^= 1
try:
    gzip.decompress(bytes(bad))
except Exception as e:
    print(type(e).__name__, e)
try:
    gzip.decompress(raw[:-4])
except Exception as e:
    print(type(e).__name__, e)

zb = io.BytesIO()
with zipfile.ZipFile(zb, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo("a.txt", (2020, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    z.writestr(zipfile.ZipInfo("b.txt", (2020, 1, 1, 0, 0, 0)), b"short", zipfile.ZIP_DEFLATED, 9)
    z.writestr(zipfile.ZipInfo("c.txt", (2020, 1, 1, 0, 0, 0)), data[:500], zipfile.ZIP_STORED)
print(len(zb.getvalue()))
with zipfile.ZipFile(io.BytesIO(zb.getvalue())) as z:
    for info in z.infolist():
        print(info.filename, info.compress_type, info.file_size, info.compress_size, info.CRC)
    print(z.read("a.txt") == data, z.read("b.txt"), z.testzip())
    with z.open("a.txt") as member:
        print(member.read(30), len(member.read()))

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "x.tar.gz")
    with tarfile.open(path, "w:gz") as t:
        for name, body in [("x.txt", data), ("y.txt", b"why")]:
            info = tarfile.TarInfo(name)
            info.size = len(body)
            info.mtime = 0
            t.addfile(info, io.BytesIO(body))
    with open(path, "rb") as f:
        print(f.read(2).hex())
    for mode in ["r:gz", "r:*", "r"]:
        with tarfile.open(path, mode) as t:
            print(mode, t.getnames(), t.extractfile("x.txt").read() == data, t.extractfile("y.txt").read())
    gz = os.path.join(tmp, "f.gz")
    with gzip.open(gz, "wt", encoding="utf-8") as f:
        f.write("text mode\n" * 3)
    with gzip.open(gz, "rt", encoding="utf-8") as f:
        print(f.readlines())
