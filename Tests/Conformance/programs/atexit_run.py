# atexit._run_exitfuncs and _clear: running empties the list; exceptions are
# printed and swallowed; callbacks run after an uncaught exception's traceback and
# with sys.exit's status.
import atexit, sys

def show(*args):
    print("show", *args)

# Callbacks site may have registered (.pth files) are not this program's.
atexit._clear()
atexit.register(show, 1)
atexit.register(show, 2)
atexit._run_exitfuncs()
print("ran", atexit._ncallbacks())
atexit.register(show, 3)
atexit._clear()
print("cleared", atexit._ncallbacks())
atexit._run_exitfuncs()

def clears():
    print("clears the rest")
    atexit._clear()
atexit.register(show, "never")
atexit.register(clears)
atexit._run_exitfuncs()

class Failing:
    __name__ = "failing"
    def __call__(self):
        1 / 0
    def __repr__(self):
        return "<failing>"
failing = Failing()
atexit.register(failing)
atexit._run_exitfuncs()
print("after failing", atexit._ncallbacks())

def hook(unraisable):
    print("hook:", unraisable.exc_type.__name__, unraisable.err_msg, unraisable.object.__name__)
sys.unraisablehook = hook
atexit.register(failing)
atexit._run_exitfuncs()
sys.unraisablehook = sys.__unraisablehook__

atexit.register(show, "at exit", "status", 4)
atexit.register(failing)
sys.exit(4)
