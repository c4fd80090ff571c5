# sys.excepthook gets the uncaught exception; a failing hook is reported too.
import sys
print(sys.excepthook is sys.__excepthook__, sys.excepthook.__name__)
try:
    raise KeyError("direct")
except KeyError as e:
    sys.__excepthook__(type(e), e, e.__traceback__)
sys.__excepthook__(ValueError, ValueError("no traceback"), None)
try:
    sys.excepthook(1, 2)
except TypeError as e:
    print("TypeError:", e)

def hook(kind, value, tb):
    print("hook got", kind.__name__, value, tb is not None)
    raise RuntimeError("the hook failed")
sys.excepthook = hook
def fail():
    raise ZeroDivisionError("uncaught")
fail()
