# os and posixpath from CPython's library on the native posix module.
import os
import os.path

print(os.name, os.sep, os.curdir, os.pardir, os.linesep == "\n")
print(os.path.join("a", "b", "/c", "d"), os.path.split("/x/y/z.txt"), os.path.splitext("archive.tar.gz"))
print(os.path.normpath("a//b/../c/./d"), os.path.basename("/a/b/"), os.path.dirname("/a/b/c"))
print(os.path.isabs("/a"), os.path.isabs("a"), os.path.commonprefix(["/usr/lib", "/usr/local"]))
here = os.path.dirname(os.path.abspath(__file__))
print(os.path.isdir(here), os.path.isfile(__file__), os.path.exists(os.path.join(here, "no such file")))
print(os.path.basename(__file__) in os.listdir(here))
st = os.stat(__file__)
print(type(st).__name__, len(st), st.st_size == st[6], st.st_mtime_ns // 10**9 == st[8], os.stat_result.n_fields)
try:
    os.stat("no such file")
except FileNotFoundError as e:
    print(e, e.errno, e.filename)
try:
    os.rename("no such file", "other")
except OSError as e:
    print(type(e).__name__, e)
try:
    os.stat("a\0b")
except ValueError as e:
    print(e)
try:
    os.stat([1])
except TypeError as e:
    print(e)
print(os.fspath("p"), os.fsencode("é"), os.fsdecode(b"abc"))
os.environ["KRAIT_TEST_VARIABLE"] = "value"
print(os.environ["KRAIT_TEST_VARIABLE"], os.getenv("KRAIT_TEST_VARIABLE"), b"KRAIT_TEST_VARIABLE" in os.environb)
del os.environ["KRAIT_TEST_VARIABLE"]
print(os.getenv("KRAIT_TEST_VARIABLE", "gone"))
print(os.strerror(2), isinstance(os.getpid(), int), len(os.urandom(16)), os.cpu_count() >= 1)
entries = sorted(e.name for e in os.scandir(here) if e.is_file() and e.name == "stdlib_os_path.py")
print(entries)
fd = os.open(__file__, os.O_RDONLY)
print(os.read(fd, 9), os.lseek(fd, 0, os.SEEK_CUR))
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print(e)
