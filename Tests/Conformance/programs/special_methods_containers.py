# container special methods: __contains__, __iter__, __getitem__ with slices, __setitem__, __len__, __reversed__
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError(f"cell {key} outside {self.w}x{self.h}")
            return self.cells.get(key, ".")
        if isinstance(key, slice):
            return [self[x, 0] for x in range(*key.indices(self.w))]
        raise TypeError(f"grid indices must be pairs, not {type(key).__name__}")
    def __setitem__(self, key, value):
        self[key]
        self.cells[key] = value
    def __delitem__(self, key):
        self.cells.pop(key, None)
    def __contains__(self, value):
        return value in self.cells.values()
    def __len__(self):
        return len(self.cells)
    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[x, y] for x in range(self.w))

g = Grid(4, 2)
g[0, 0] = "#"; g[3, 1] = "@"; g[1, 0] = "#"
print(list(g), len(g), "#" in g, "?" in g, g[0:4], g[::2], g[-2:])
del g[1, 0]
print(list(g), len(g))
for bad in [(5, 0), "a", 3]:
    try:
        g[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)

class Slicer:
    def __getitem__(self, item):
        return item
s = Slicer()
print(s[1], s[1:2], s[::3], s[1:2, 3], s[...], s[:, None], s["k"], s[1:2].indices(10), slice(None, None, -1).indices(5))

class OnlyLen:
    def __len__(self):
        return 2
try:
    iter(OnlyLen())
except TypeError as e:
    print(type(e).__name__, e)
try:
    5 in OnlyLen()
except TypeError as e:
    print(type(e).__name__, e)

class ContainsTruthy:
    def __contains__(self, item):
        return "yes" if item else ""
print(1 in ContainsTruthy(), 0 in ContainsTruthy(), 0 not in ContainsTruthy())
class IterOnly:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in IterOnly(), 5 in IterOnly(), list(IterOnly()), sorted(IterOnly(), reverse=True), max(IterOnly()))
