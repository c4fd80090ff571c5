# assignment forms: chained targets order, nested unpacking, starred in every position, attribute/subscript targets, swaps, annotations
class Rec:
    def __setattr__(self, k, v): print("set", k, v); object.__setattr__(self, k, v)
class Sub(dict):
    def __setitem__(self, k, v): print("item", k, v); super().__setitem__(k, v)
r, s = Rec(), Sub()
r.a = s["k"] = r.b = 1
(a, b), c, [d, *e] = (1, 2), 3, [4, 5, 6]
print(a, b, c, d, e)
first, *mid, last = range(6); print(first, mid, last)
*init, tail = "abc"; print(init, tail)
head, *rest = [1]; print(head, rest)
[[x, y], [z, *w]] = [[1, 2], [3]]; print(x, y, z, w)
a, b = b, a; print(a, b)
lst = [0, 1, 2]; lst[0], lst[2] = lst[2], lst[0]; print(lst)
for (i, (j, k)) in enumerate([(1, 2), (3, 4)]): print(i, j, k)
n: int = 5
m: "str"
print(n, "m" in dir(), __annotations__)
class Ann:
    x: int
    y: list[int] = []
print(Ann.__annotations__, hasattr(Ann, "x"))
for bad in ["a, b = 1, 2, 3", "a, b, c = 1, 2", "a, *b, c = [1]", "a, b = 5", "(a, b), c = 1, 2"]:
    try:
        exec(bad, {})
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
d = {}
d["x"] = d["y"] = []
d["x"].append(1); print(d, d["x"] is d["y"])
obj = Rec(); obj.items = [0, 0]; obj.items[1] = 5; print(obj.items)
v = [1, 2, 3]; v[1:2] = [7, 8, 9]; print(v)
g = (q for q in range(3)); aa, bb, cc = g; print(aa, bb, cc)
aa, bb = {"k1": 1, "k2": 2}; print(aa, bb)
aa, *bb = {1: "x"}.items(); print(aa, bb)
def multi(): return 1, [2, 3]
p, (q, t) = multi(); print(p, q, t)
