# tuples: packing, indexing, slicing, count/index, comparison, hashing, concatenation and immutability
t = 1, 2, 3
single = 5,
print(t, single, (), (1,) * 3, t + (4,), t[0], t[-1], t[1:], t[::-1], t[5:], len(t))
print(t.count(2), t.index(3), (1, 2, 1).index(1, 1), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,))
print((1, [2]) == (1, [2]), (1, 2) == [1, 2], tuple("abc"), tuple(range(3)), tuple({"k": 1}), tuple(x * 2 for x in t))
a, b, c = t
print(a + b + c, tuple(reversed(t)), sorted(t, reverse=True), max(t), 2 in t, 5 not in t)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], hash(nested) == hash(((1, 2), (3, (4, 5)))))

def attempt(f):
    try:
        print(f())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)

attempt(lambda: t[3])
attempt(lambda: t.index(9))
attempt(lambda: t + [4])
attempt(lambda: t * "2")
attempt(lambda: t["0"])
attempt(lambda: tuple(5))
attempt(lambda: hash((1, [])))

def assign():
    t[0] = 9
attempt(assign)
mutable_inside = ([1],)
mutable_inside[0].append(2)
print(mutable_inside)
try:
    mutable_inside[0] += [3]
except TypeError as e:
    print(type(e).__name__, e, mutable_inside)

class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = P(3, 4)
print(p, p.x, type(p).__name__, p + (5,), type(p + (5,)).__name__, isinstance(p, tuple))
print(tuple([1, 2]) is not None, (1, 2)[:] , t[0:3] == t)
