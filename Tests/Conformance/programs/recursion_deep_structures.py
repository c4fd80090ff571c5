# recursion: mutual recursion, recursion limits, memoised recursion, deep nesting of containers (repr/eq/len), recursive reprs of self-containing containers
def is_even(n): return True if n == 0 else is_odd(n - 1)
def is_odd(n): return False if n == 0 else is_even(n - 1)
print(is_even(200), is_odd(77))
memo = {}
def fib(n):
    if n < 2: return n
    if n not in memo: memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(150))
def ackermann(m, n):
    if m == 0: return n + 1
    if n == 0: return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
nested = []
cur = nested
for i in range(50):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
def depth(x): return 1 + max((depth(y) for y in x if isinstance(y, list)), default=0)
print(depth(nested), str(nested)[:40], len(repr(nested)))
a = [1, 2]; a.append(a); print(a, a == a)
d = {"k": 1}; d["self"] = d; print(d)
t = ([],); t[0].append(t); print(t)
s = [[]] * 3; s[0].append(1); print(s)
class Node:
    def __init__(self, v, kids=()): self.v, self.kids = v, list(kids)
    def __repr__(self): return f"N({self.v}{', ' if self.kids else ''}{', '.join(map(repr, self.kids))})"
    def total(self): return self.v + sum(k.total() for k in self.kids)
tree = Node(1, [Node(2, [Node(4), Node(5)]), Node(3, [Node(6, [Node(7)])])])
print(tree, tree.total())
def flatten(x):
    for y in x:
        if isinstance(y, (list, tuple)): yield from flatten(y)
        else: yield y
print(list(flatten([1, [2, (3, [4, [5]])], 6])))
def permutations(xs):
    if len(xs) <= 1: return [xs]
    return [[x] + p for i, x in enumerate(xs) for p in permutations(xs[:i] + xs[i + 1:])]
print(permutations([1, 2, 3]))
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves); moves.append((a, c)); hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10, "A", "B", "C", [])), hanoi(2, "A", "B", "C", []))
import sys
sys.setrecursionlimit(120)  # keeps the deep failures quick under KRAIT_GC_STRESS
def boom(n): return boom(n + 1)
try:
    boom(0)
except RecursionError as e:
    print(type(e).__name__, e)
l1 = [1]; l2 = [1]; l1.append(l2); l2.append(l1)
try:
    l1 == l2
except RecursionError as e:
    print(type(e).__name__, e)
