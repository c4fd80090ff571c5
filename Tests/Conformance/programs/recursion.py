# recursion: factorial, fibonacci with memo, mutual recursion, Ackermann, permutations, hanoi, recursive data structures
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(100) % 10 ** 12)
memo = {}
def fib(n):
    if n < 2: return n
    if n not in memo: memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(90), len(memo))
def is_even(n): return True if n == 0 else is_odd(n - 1)
def is_odd(n): return False if n == 0 else is_even(n - 1)
print(is_even(100), is_odd(77))
def ack(m, n):
    if m == 0: return n + 1
    if n == 0: return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print(ack(2, 3), ack(3, 3))
def perms(s):
    if len(s) <= 1: return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
print(perms("abc"), len(perms("abcde")))
moves = []
def hanoi(n, a, b, c):
    if n:
        hanoi(n - 1, a, c, b); moves.append((a, c)); hanoi(n - 1, b, a, c)
hanoi(4, "A", "B", "C"); print(len(moves), moves[:5])
def flatten(x):
    return [z for y in x for z in flatten(y)] if isinstance(x, list) else [x]
print(flatten([1, [2, [3, [4, [5]]]], 6]))
class Node:
    def __init__(self, v, *kids): self.v = v; self.kids = kids
    def depth(self): return 1 + max((k.depth() for k in self.kids), default=0)
    def __repr__(self): return f"N({self.v}{', ' if self.kids else ''}{', '.join(map(repr, self.kids))})"
t = Node(1, Node(2, Node(4)), Node(3, Node(5, Node(6))))
print(t, t.depth())
def power_set(s):
    if not s: return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(power_set([1, 2, 3]))
def depth_limit(n):
    try:
        return depth_limit(n + 1)
    except RecursionError:
        return n
print(depth_limit(0) > 500)
def gcd(a, b): return a if b == 0 else gcd(b, a % b)
print(gcd(2 ** 100, 6 ** 40), gcd(1071, 462))
def binsearch(arr, x, lo=0, hi=None):
    if hi is None: hi = len(arr)
    if lo >= hi: return -1
    mid = (lo + hi) // 2
    if arr[mid] == x: return mid
    return binsearch(arr, x, mid + 1, hi) if arr[mid] < x else binsearch(arr, x, lo, mid)
print([binsearch(list(range(0, 100, 3)), v) for v in (0, 33, 99, 50)])
l = [1]; l.append(l); print(l, repr(l) == "[1, [...]]")
