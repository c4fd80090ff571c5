# uncaught RecursionError through two mutually recursive functions: the repeated pair of lines is cut with a count
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
import sys
sys.setrecursionlimit(100)  # keeps the run quick under KRAIT_GC_STRESS
print("starting")
ping(0)
