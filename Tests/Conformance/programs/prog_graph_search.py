# graph algorithms: BFS shortest paths, DFS with recursion, topological sort, cycle detection, Dijkstra by hand
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}

def bfs(start):
    dist = {start: 0}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in graph[node]:
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    return dist

def dfs(node, seen=None, order=None):
    if seen is None:
        seen, order = set(), []
    seen.add(node)
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            dfs(nxt, seen, order)
    return order

def topo(g):
    indeg = {n: 0 for n in g}
    for n in g:
        for m in g[n]:
            indeg[m] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in g[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    if len(out) != len(g):
        raise ValueError("graph has a cycle")
    return out

print(bfs("a"), dfs("a"), topo(graph))
try:
    topo({"x": ["y"], "y": ["x"]})
except ValueError as e:
    print(type(e).__name__, e)

weighted = {"s": {"a": 7, "b": 2}, "a": {"t": 1}, "b": {"a": 3, "t": 8}, "t": {}}
def dijkstra(src):
    best = {src: 0}
    prev = {}
    todo = {src}
    while todo:
        node = min(todo, key=lambda n: (best[n], n))
        todo.remove(node)
        for nxt, w in weighted[node].items():
            cand = best[node] + w
            if cand < best.get(nxt, float("inf")):
                best[nxt] = cand
                prev[nxt] = node
                todo.add(nxt)
    return best, prev
best, prev = dijkstra("s")
path, node = [], "t"
while node != "s":
    path.append(node)
    node = prev[node]
print(best, ["s"] + path[::-1])
