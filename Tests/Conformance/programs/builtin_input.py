# input() reads sys.stdin and writes its prompt to sys.stdout, whatever they are now.
import _io as io
import sys

real_stdin = sys.stdin
sys.stdin = io.StringIO("alice\nlast")
print(input("name? "))
print(repr(input()))
try:
    input("more? ")
except EOFError as e:
    print("\nEOF", e)


class Lines:
    def __init__(self, *lines):
        self.lines = list(lines)

    def readline(self):
        return self.lines.pop(0)


sys.stdin = Lines(b"bytes\n", b"raw", 5)
print(input(), input())
try:
    input()
except TypeError as e:
    print(e)
for bad in (lambda: input(1, 2), lambda: input(prompt="x")):
    try:
        bad()
    except TypeError as e:
        print(e)
sys.stdin = None
try:
    input()
except RuntimeError as e:
    print(e)
sys.stdin = real_stdin
saved = sys.stdout
sys.stdout = io.StringIO()
sys.stdin = io.StringIO("x\n")
answer = input(42)
captured, sys.stdout = sys.stdout.getvalue(), saved
print(repr(captured), repr(answer))
del sys.stdout
sys.stdin = io.StringIO("x\n")
try:
    input()
except RuntimeError as e:
    sys.stdout = saved
    print(e)
print(sys.__stdout__.mode, sys.__stderr__.errors, sys.__stdout__.fileno())
