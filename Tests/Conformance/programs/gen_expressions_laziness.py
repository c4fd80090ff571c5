# generator expressions: lazy evaluation, the first iterable evaluated eagerly, exhaustion and nesting
def source(name, n):
    print("  create", name)
    for i in range(n):
        print("  ", name, "->", i)
        yield i

g = (x * 10 for x in source("outer", 3))
print("generator built")
print(next(g))
print(list(g))
print(list(g))

try:
    gen = (x for x in 5)
except TypeError as e:
    print("eager first iterable:", type(e).__name__, e)

gen2 = (y for x in [1] for y in x)
try:
    list(gen2)
except TypeError as e:
    print("lazy inner iterable:", type(e).__name__, e)

pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
print(sum(x for x in range(5) if x % 2), max((len(w), w) for w in ["aa", "b", "ccc"]))
print(sorted(c for c in "hello"), "".join(ch.upper() for ch in "abc"), set(x % 3 for x in range(9)))
gen3 = (i for i in range(3))
print(type(gen3).__name__, gen3.__name__, iter(gen3) is gen3, 2 in gen3, list(gen3))
n = 5
lazy = (n * i for i in range(3))
n = 100
print(list(lazy))
nested = ((i, (j for j in range(i))) for i in range(3))
print([(i, list(inner)) for i, inner in nested])

def raising():
    yield 1
    raise ValueError("inside")
try:
    print([v for v in raising()])
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip((a for a in "ab"), (b for b in range(10)))))
