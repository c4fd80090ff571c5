# print(): sep, end, file, flush, None arguments, non-string separators, and objects with write
import sys
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=" -> ", end=" <end>\n")
print(1, 2.5, None, [3], sep=None, end=None)
print()
print("", end="")
print("no newline", end="")
print(" continued")
print(*range(5), sep=", ")
print("to stdout", file=sys.stdout, flush=True)
print("to stderr", file=sys.stderr)
print("none file", file=None)

class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")

c = Collector()
print("x", 1, sep="|", end="!", file=c)
print(file=c)
print("f", file=c, flush=True)
print("".join(c.parts).replace("\n", "\\n"))

class Obj:
    def __str__(self):
        return "Obj-str"
print(Obj(), [Obj()][0], "%s" % Obj())

def attempt(**kwargs):
    try:
        print("value", **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

attempt(sep=5)
attempt(end=[])
attempt(file=5)
attempt(bogus=1)

class NoWrite:
    pass
attempt(file=NoWrite())

class BadStr:
    def __str__(self):
        raise ValueError("cannot str")
try:
    print("before", BadStr())
except ValueError as e:
    print(type(e).__name__, e)
sys.stdout.write("direct write\n")
print(sys.stdout.write("abc"), flush=True)
