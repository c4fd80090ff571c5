# generator pipelines: chained generators, infinite generators with islice-like helper, generator state after exceptions, gi_ attributes, return inside try/finally
def take(n, it):
    for i, v in enumerate(it):
        if i >= n: return
        yield v
def naturals():
    n = 0
    while True:
        yield n; n += 1
def evens(it): return (x for x in it if x % 2 == 0)
def squared(it):
    for x in it: yield x * x
print(list(take(5, squared(evens(naturals())))))
def fails():
    yield 1
    raise ValueError("inside")
g = fails(); print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError", e)
print(next(g, "exhausted"), list(g))
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for v in with_finally():
    print(v)
print("after loop")
def early_return():
    try:
        yield 1
        return "r"
    finally:
        print("finally on return")
print(list(early_return()))
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset": i = 0
        elif cmd == "stop": return i
        else: i += 1
c = counter(); print(next(c), next(c), next(c), c.send("reset"), next(c))
try:
    c.send("stop")
except StopIteration as e:
    print("stopped with", e.value)
def gen_state():
    yield 1
gs = gen_state(); print(gs.__name__, gs.__qualname__, gs.gi_running)
def zip_longest_like(*its, fill=None):
    its = [iter(i) for i in its]
    while True:
        row, alive = [], False
        for it in its:
            try:
                row.append(next(it)); alive = True
            except StopIteration:
                row.append(fill)
        if not alive: return
        yield tuple(row)
print(list(zip_longest_like("ab", [1, 2, 3], fill="-")))
def chain(*its):
    for it in its: yield from it
print(list(chain("ab", range(2), [None])), sum(chain(range(3), range(4))))
def recursive_gen(n):
    if n > 0:
        yield n
        yield from recursive_gen(n - 1)
        yield -n
print(list(recursive_gen(3)))
def tree(d):
    for k, v in d.items():
        if isinstance(v, dict):
            for path in tree(v): yield (k,) + path
        else:
            yield (k, v)
print(list(tree({"a": {"b": 1, "c": {"d": 2}}, "e": 3})))
gen = (i for i in range(3)); print(next(gen)); print(list(gen), list(gen))
def yield_expr():
    x = yield
    y = yield x * 2
    yield x + y
ye = yield_expr(); next(ye); print(ye.send(5), ye.send(10))
print(list(x for x in "abc"), tuple(x * 2 for x in (1, 2)), dict((k, len(k)) for k in ["aa", "b"]), "".join(c.upper() for c in "hey"))
