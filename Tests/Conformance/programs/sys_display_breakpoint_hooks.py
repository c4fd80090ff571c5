# sys.displayhook prints expression statements of 'single' code and sets builtins._;
# breakpoint() calls whatever sys.breakpointhook is.
import builtins
import sys

print(sys.displayhook is sys.__displayhook__, sys.breakpointhook is sys.__breakpointhook__)
exec(compile("1 + 1", "<s>", "single"))
exec(compile("None", "<s>", "single"))
print(builtins._)
sys.displayhook(None)
sys.displayhook("text")
print(builtins._)

seen = []
sys.displayhook = seen.append
exec(compile("'routed'", "<s>", "single"))
exec(compile("None", "<s>", "single"))
sys.displayhook = sys.__displayhook__
print(seen)

del sys.displayhook
try:
    exec(compile("3", "<s>", "single"))
except RuntimeError as e:
    print(e)
sys.displayhook = sys.__displayhook__

try:
    sys.displayhook()
except TypeError as e:
    print(e)

calls = []
sys.breakpointhook = lambda *args, **kws: calls.append((args, kws)) or "result"
print(breakpoint(1, 2, key=3), calls)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print(e)
sys.breakpointhook = sys.__breakpointhook__

class Len:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n

for n in (-1, -10**30, 10**30, 2.5):
    for f in (len, bool):
        try:
            print(f(Len(n)))
        except (ValueError, OverflowError, TypeError) as e:
            print(f.__name__, type(e).__name__, e)
