# closures and generators together: generators capturing cells that change, closures created inside generators, nonlocal in generator bodies
def make_gen():
    x = 1
    def bump():
        nonlocal x
        x += 1
    def gen():
        while x < 4:
            yield x
    return gen, bump
gen, bump = make_gen()
g = gen()
print(next(g)); bump(); print(next(g)); bump(); bump(); print(next(g, "stopped"))
def counter_gen():
    count = 0
    def report(): return f"count={count}"
    while True:
        cmd = yield report
        if cmd == "stop": return count
        count += 1
cg = counter_gen(); r = next(cg)
print(r()); cg.send(None); cg.send(None); print(r())
try:
    cg.send("stop")
except StopIteration as s:
    print("final", s.value, r())
def adders():
    for i in range(3):
        yield lambda x, i=i: x + i
print([f(10) for f in adders()])
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
        yield fs
for fs in late(): pass
print([f() for f in fs])
def accumulate_in_gen(values):
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    for v in values:
        yield add(v)
print(list(accumulate_in_gen([1, 2, 3, 4])))
def outer():
    state = []
    def inner_gen():
        state.append("started")
        yield len(state)
        state.append("resumed")
        yield len(state)
    return inner_gen, state
ig, st = outer(); it = ig(); print(next(it), st, next(it), st)
print([c.cell_contents for c in make_gen()[1].__closure__], gen.__code__.co_freevars, counter_gen.__code__.co_cellvars)
