# deep recursion is a RecursionError (caught, and through __repr__), huge requests MemoryError
import sys
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print("caught:", e)
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError as e:
    print("repr:", type(e).__name__)
print(sys.getrecursionlimit())
sys.setrecursionlimit(200)
try:
    depth(0)
except RecursionError:
    print("lower limit works")
for request in ["[0] * 10**12", "'ab' * 10**13", "(1,) * 10**12"]:
    try:
        eval(request)
    except MemoryError as e:
        print(request, type(e).__name__)
sys.setrecursionlimit(1000)
def forever(n):
    return forever(n + 1)
forever(0)
