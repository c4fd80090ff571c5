# an LRU cache built on a dict and a doubly linked list, used as a decorator; hit/miss statistics and eviction order
class Node:
    __slots__ = ("key", "value", "prev", "next")
    def __init__(self, key=None, value=None): self.key, self.value, self.prev, self.next = key, value, None, None
class LRU:
    def __init__(self, capacity):
        self.capacity, self.map = capacity, {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = 0
        self.evicted = []
    def _unlink(self, n): n.prev.next, n.next.prev = n.next, n.prev
    def _push(self, n):
        n.prev, n.next = self.tail.prev, self.tail
        self.tail.prev.next = n; self.tail.prev = n
    def get(self, key, default=None):
        n = self.map.get(key)
        if n is None:
            self.misses += 1; return default
        self.hits += 1; self._unlink(n); self._push(n); return n.value
    def put(self, key, value):
        if key in self.map:
            n = self.map[key]; n.value = value; self._unlink(n); self._push(n); return
        if len(self.map) >= self.capacity:
            old = self.head.next; self._unlink(old); del self.map[old.key]; self.evicted.append(old.key)
        n = Node(key, value); self.map[key] = n; self._push(n)
    def keys(self):
        out, n = [], self.head.next
        while n is not self.tail: out.append(n.key); n = n.next
        return out
def cached(capacity):
    def deco(fn):
        cache = LRU(capacity)
        def wrapper(*args):
            sentinel = object()
            v = cache.get(args, sentinel)
            if v is sentinel:
                v = fn(*args); cache.put(args, v)
            return v
        wrapper.cache = cache
        return wrapper
    return deco
@cached(3)
def slow_square(n): return n * n
for n in [1, 2, 3, 1, 4, 2, 5, 1, 1, 3]:
    slow_square(n)
c = slow_square.cache
print(c.keys(), c.hits, c.misses, c.evicted)
@cached(100)
def paths(r, c): return 1 if r == 0 or c == 0 else paths(r - 1, c) + paths(r, c - 1)
print(paths(12, 12), paths.cache.hits, paths.cache.misses, len(paths.cache.map))
