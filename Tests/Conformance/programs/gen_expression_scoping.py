# generator expressions: the first iterable evaluated eagerly, the rest lazily, class-scope visibility, exhaustion, nested genexps
def src(name, n):
    print("evaluating", name)
    return range(n)
g = (x * y for x in src("outer", 2) for y in src("inner", 2))
print("created")
print(list(g), list(g))
class K:
    base = 10
    items = [1, 2]
    gen_first = list(x + 1 for x in items)
    try:
        lst = [x + base for x in items]
    except NameError as e:
        lst = f"{type(e).__name__}: {e}"
print(K.gen_first, K.lst)
x = "global x"
g2 = (x for _ in range(1))
x = "rebound"
print(list(g2))
n = 3
g3 = (i for i in range(n))
n = 10
print(list(g3))
nested = ((i, j) for i in range(3) for j in (k * 2 for k in range(i)))
print(list(nested))
print(sum(x * x for x in range(10)), max((len(w), w) for w in "a bb ccc".split()), "".join(c.upper() for c in "abc"))
gen = (v for v in [1, 2, 3])
print(next(gen), list(gen), next(gen, "exhausted"), gen.gi_frame)
def uses(): return list(i for i in range(3) if i != 1)
print(uses(), type(x for x in []).__name__, (x for x in []).__name__, (x for x in []).__qualname__)
try:
    list(1 / (i - 2) for i in range(4))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (y for y in 5)
except TypeError as e:
    print(type(e).__name__, e)
