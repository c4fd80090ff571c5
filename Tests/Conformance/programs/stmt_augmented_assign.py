# augmented assignment on names, attributes, subscripts and slices: in-place vs rebinding, and evaluation counts
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
tup = (1, 2)
talias = tup
tup += (3,)
print(tup, talias, tup is talias)
s = "ab"
s *= 2
print(s)

class Obj:
    def __init__(self):
        self.n = 0
        self.items = []
o = Obj()
o.n += 5
o.n -= 2
o.n *= 4
o.items += ["x"]
print(o.n, o.items)

calls = []
def key(k):
    calls.append(k)
    return k
d = {"a": 1}
d[key("a")] += 10
print(d, calls)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 7
grid[0][::2] = [9, 9]
print(grid)
n = 10
n //= 3; print(n)
n **= 3; print(n)
n %= 7; print(n)
n <<= 4; print(n)
n >>= 2; print(n)
n &= 6; print(n)
n |= 9; print(n)
n ^= 15; print(n)
f = 1.5
f /= 0.5; print(f)
m = [[1, 2], [3, 4]]
class Mat:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, other):
        return Mat(self.v * other.v)
    def __imatmul__(self, other):
        self.v += other.v
        return self
mm = Mat(2)
mm @= Mat(3)
print(mm.v)
try:
    undefined_name += 1
except NameError as e:
    print(type(e).__name__, e)
def local_aug():
    try:
        x += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
local_aug()
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print(type(e).__name__, e, t)
