# atexit: callbacks run at exit last registered first, with their arguments; failing
# ones are reported as "Exception ignored in atexit callback" and do not change the
# exit status; unregister compares with ==; callbacks registered while running are
# not called.
import atexit, sys

class C:
    def __init__(self, n):
        self.n = n
    def __call__(self, *args, **kwargs):
        print("call", self.n, args, kwargs)
    def __repr__(self):
        return f"C({self.n})"
    def __eq__(self, other):
        return isinstance(other, C) and other.n == self.n
    __hash__ = None

class Failing:
    def __init__(self, exc):
        self.exc = exc
    def __call__(self):
        raise self.exc
    def __repr__(self):
        return f"Failing({self.exc!r})"

# site may have registered callbacks of its own (.pth files): counts are relative.
base = atexit._ncallbacks()
print(atexit.__doc__)
print(atexit.register.__doc__.splitlines()[0], atexit._ncallbacks.__doc__.splitlines()[0])
atexit.register(C(1), 1, x=2)
f = Failing(ValueError("boom"))
print(atexit.register(f) is f)
atexit.register(C(2)); atexit.register(C(2)); atexit.register(C(3), "a", "b")
print(atexit._ncallbacks() - base)
atexit.unregister(C(2))
print(atexit._ncallbacks() - base)
for call in (lambda: atexit.register(), lambda: atexit.register(1), lambda: atexit.register(func=print),
             lambda: atexit.unregister(), lambda: atexit._ncallbacks(1), lambda: atexit._clear(2),
             lambda: atexit.unregister(1, 2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

@atexit.register
def decorated():
    print("decorated, stdout still open")
    sys.stdout.flush()

atexit.register(Failing(SystemExit(3)))
def late():
    print("late: registers C(9), unregisters C(3)")
    atexit.register(C(9))
    atexit.unregister(C(3))
atexit.register(late)
atexit.register(print, "kw", "args", sep="-", end="!\n")

import atexit as again
print(again is atexit, atexit._ncallbacks() - base)
print("end of program")
