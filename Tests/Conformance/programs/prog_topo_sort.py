# dependency resolution: Kahn's topological sort with deterministic order, cycle detection with the cycle reported, and build levels
class CycleError(Exception): pass
def toposort(deps):
    nodes = sorted(set(deps) | {d for ds in deps.values() for d in ds})
    indeg = {n: 0 for n in nodes}
    users = {n: [] for n in nodes}
    for n, ds in deps.items():
        for d in ds: indeg[n] += 1; users[d].append(n)
    ready = sorted(n for n in nodes if indeg[n] == 0)
    order, levels = [], []
    while ready:
        levels.append(list(ready)); nxt = []
        for n in ready:
            order.append(n)
            for u in sorted(users[n]):
                indeg[u] -= 1
                if indeg[u] == 0: nxt.append(u)
        ready = sorted(nxt)
    if len(order) != len(nodes):
        raise CycleError(find_cycle(deps, [n for n in nodes if indeg[n] > 0]))
    return order, levels
def find_cycle(deps, candidates):
    for start in candidates:
        path, seen = [start], {start}
        def dfs(n):
            for d in sorted(deps.get(n, ())):
                if d == start: return path + [start]
                if d not in seen:
                    seen.add(d); path.append(d)
                    r = dfs(d)
                    if r: return r
                    path.pop()
        r = dfs(start)
        if r: return " -> ".join(r)
project = {"app": ["lib", "ui"], "ui": ["lib", "assets"], "lib": ["core"], "tests": ["app", "mock"], "mock": ["core"], "assets": []}
order, levels = toposort(project)
print(order)
for i, lv in enumerate(levels): print(f"level {i}: {', '.join(lv)}")
try:
    toposort({"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"]})
except CycleError as e:
    print(type(e).__name__, e)
print(toposort({}), toposort({"x": []}))
