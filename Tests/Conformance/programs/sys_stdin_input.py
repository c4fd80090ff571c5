# sys.stdin is a text stream over descriptor 0, and input() reads a line from
# whatever sys.stdin is, writing its prompt to sys.stdout.
import sys
from _io import StringIO  # not io: importing io.py under KRAIT_GC_STRESS takes minutes

s = sys.stdin
print(type(s).__name__, s is sys.__stdin__, s.name, s.mode, s.encoding, s.errors)
print(s.fileno(), s.buffer.raw.closefd, type(s.buffer).__name__)

sys.stdin = StringIO("first line\nsecond\nlast without newline")
print(repr(input()))
print(repr(input("prompt> ")))
print(repr(input(42)))
try:
    input()
except EOFError as e:
    print("EOFError:", e)

class Lines:
    def __init__(self, *lines):
        self.lines = list(lines)
    def readline(self):
        return self.lines.pop(0)

sys.stdin = Lines(b"bytes line\n", 7)
print(repr(input()))
try:
    input()
except TypeError as e:
    print("TypeError:", e)

for name in ("stdin", "stdout"):
    saved = getattr(sys, name)
    setattr(sys, name, None)
    try:
        input()
    except RuntimeError as e:
        print("RuntimeError:", e)
    finally:
        setattr(sys, name, saved)

try:
    input("a", "b")
except TypeError as e:
    print("TypeError:", e)
sys.stdin = sys.__stdin__
s.close()
print(s.closed)
