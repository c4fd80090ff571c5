# recursion limits: getrecursionlimit/setrecursionlimit, RecursionError recovery, and mutual recursion
import sys
old = sys.getrecursionlimit()
print(old > 100)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())

def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n

d = depth(0)
print(150 < d < 200)

def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(50), is_odd(51))

class Recursive:
    def __repr__(self):
        return repr(self)
try:
    repr(Recursive())
except RecursionError as e:
    print("repr:", type(e).__name__)

for bad in [0, -5, "100"]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

nested = []
for _ in range(50):
    nested = [nested]
print(str(nested).count("["))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(100) % 10**9)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
