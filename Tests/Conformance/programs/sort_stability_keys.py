# sorting: stability across multiple passes, key functions, reverse keeps stability, mixed types, errors, custom __lt__
rows = [("bob", 30, "NY"), ("amy", 25, "LA"), ("cal", 30, "LA"), ("dee", 25, "NY"), ("eve", 35, "LA")]
by_city = sorted(rows, key=lambda r: r[2])
print([r[0] for r in by_city])
print([r[0] for r in sorted(by_city, key=lambda r: r[1])])
print([r[0] for r in sorted(rows, key=lambda r: r[1], reverse=True)])
print([r[0] for r in sorted(rows, key=lambda r: (-r[1], r[0]))])
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w.lower())), max(words, key=len), min(words, key=str.lower))
lst = [3, 1, 2]; lst.sort(reverse=True); print(lst, sorted("hello"), sorted({3: "a", 1: "b"}), sorted((2, 1)), sorted([]))
print(sorted([1.5, 1, True, -0.5, 0]), sorted([[2, 1], [1, 2], [1]]), sorted([(1, "b"), (1, "a")]))
class V:
    calls = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o): V.calls += 1; return self.v < o.v
    def __repr__(self): return f"V{self.v}"
vs = [V(i % 4) for i in range(10)]
print(sorted(vs), V.calls > 0)
class Gt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f"G{self.v}"
print(sorted([Gt(2), Gt(1), Gt(3)]))
for bad in [lambda: sorted([1, "a"]), lambda: sorted([1, 2], key=1), lambda: sorted([1], cmp=None), lambda: [].sort(1),
            lambda: sorted([object(), object()]), lambda: sorted([3, None])]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
key_calls = []
def k(x): key_calls.append(x); return -x
print(sorted([5, 2, 8], key=k), key_calls)
l = [1, 2, 3]
def mutate(x):
    l.append(x); return x
try:
    l.sort(key=mutate)
except ValueError as e:
    print(type(e).__name__, e)
print(l)
