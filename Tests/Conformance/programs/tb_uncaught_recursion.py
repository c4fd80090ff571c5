# uncaught RecursionError after a caught one: the repeated frames collapse into "[Previous line repeated N more times]"
import sys
sys.setrecursionlimit(80)

def countdown(n):
    if n == 0:
        return "done"
    return countdown(n - 1)

print(countdown(10))
try:
    countdown(1000)
except RecursionError as e:
    print(type(e).__name__, e)

def forever(n):
    return forever(n + 1) + 1

forever(0)
