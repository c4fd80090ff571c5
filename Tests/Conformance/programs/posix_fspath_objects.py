# gc-stress-interval: 50 (imports os and pathlib, which take many minutes to load when every allocation collects)
# Path arguments given as os.PathLike objects: __fspath__ is called on the object.
import os
import pathlib

here = pathlib.Path(".")
print(os.fspath(here), os.stat(here).st_mode == os.stat(".").st_mode, here.is_dir(), os.path.exists(here))
class Custom:
    def __fspath__(self):
        return "."
print(os.fspath(Custom()), os.path.isdir(Custom()), os.listdir(Custom()) == os.listdir("."))
class Bad:
    def __fspath__(self):
        return 3
for f in (os.fspath, os.stat, os.listdir):
    try:
        f(Bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted(p.name for p in pathlib.Path(".").glob("posix_fspath_*.py")))
with open(pathlib.Path("posix_fspath_objects.py"), "rb") as f:
    print(f.readline())
with open(Custom(), "rb") if False else open(pathlib.Path(".") / "posix_fspath_objects.py") as f:
    print(f.readline(), end="")
