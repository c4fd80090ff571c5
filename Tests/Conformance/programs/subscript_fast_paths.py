# List and tuple subscripts by int (the interpreter reads and writes those in place)
# and everything next to them: negative and out-of-range indexes, subclasses, bools.
items = [10, 20, 30]
pair = ("a", "b")
for i in range(-4, 4):
    for container in (items, pair):
        try:
            print(i, container[i])
        except IndexError as e:
            print(i, "IndexError:", e)
for i in range(-3, 3):
    items[i] = items[i] * 2
print(items)
for bad in (3, -4):
    try:
        items[bad] = 0
    except IndexError as e:
        print("IndexError:", e)
items[True] = "bool index"
print(items, pair[False])


class Logged(list):
    def __getitem__(self, i):
        print("get", i)
        return super().__getitem__(i)

    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v)


logged = Logged([1, 2])
logged[0] = logged[1]
print(logged)
big = 2 ** 70
for c in (items, pair):
    try:
        c[big]
    except IndexError as e:
        print("IndexError:", e)
try:
    items["x"] = 1
except TypeError as e:
    print("TypeError:", e)
grid = [[0] * 3 for _ in range(3)]
for r in range(3):
    for c in range(3):
        grid[r][c] = r * 3 + c
print(grid, grid[-1][-1])
