# print() keywords and the sys module: sep, end, file, flush, sys.stdout/stderr.write, argv, maxsize, version_info, recursion limit, intern, modules
import sys
print("a", "b", sep="-", end="!\n")
print("x", 1, None, sep="")
print(end="")
print()
print("no newline", end=""); print(" continued")
print(*[1, 2, 3], sep=", ")
print("to stderr", file=sys.stderr, flush=True)
n = sys.stdout.write("written directly\n"); print(n)
sys.stderr.write("err direct\n")
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.version_info[:2], sys.version_info >= (3, 11), type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("print_sys.py"))
print(sys.getrecursionlimit(), sys.byteorder, "sys" in sys.modules, "__main__" in sys.modules, sys.modules["__main__"].__name__)
print(type(sys.path).__name__, sys.platform in ("linux", "darwin"),)
sys.setrecursionlimit(2000); print(sys.getrecursionlimit())
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError", e)
try:
    print("x", bogus=1)
except TypeError as e:
    print("TypeError", e)
print(sys.exc_info(), hasattr(sys, "exit"), callable(sys.exit))
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): pass
w = W(); print("captured", file=w); print("".join(w.parts))
print(__name__, __doc__ is None, type(__builtins__).__name__ in ("module", "dict"))
