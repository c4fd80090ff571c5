# list methods: append, extend, insert, remove, pop, clear, index, count, reverse, copy, and slice assignment
a = [3, 1, 4]
a.append(1); a.extend([5, 9]); a.extend("ab"); a.extend(range(2)); a.insert(0, "first"); a.insert(-1, "pen"); a.insert(100, "end")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(1), a.count(1), a.index(5, 2), a.index("a", -4, -1))
b = a.copy(); b.reverse(); a.clear()
print(a, b, b is not a)
c = list(range(10))
c[2:5] = ["x"]; print(c)
c[::3] = "ABC"; print(c)
c[1:1] = [0, 0]; print(c)
del c[::2]; print(c)
c[-1:] = []; print(c)
c[len(c):] = [7, 8]; print(c)
d = [1, 2, 3]
d += (4,); d *= 2; print(d)
d[:] = d[::-1]; print(d)

def attempt(f, *args):
    try:
        print(f(*args))
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)

attempt([].pop)
attempt([1].pop, 5)
attempt([1].remove, 2)
attempt([1].index, 2)
attempt([1, 2].index, 1, 1)
attempt([].insert, 0)
attempt([].extend, 5)
attempt([].append)
attempt([1].pop, "0")
e = [0] * 5
try:
    e[::2] = [1, 2]
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    e[0:2] = 5
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    e[10] = 1
except IndexError as ex:
    print(type(ex).__name__, ex)
f = [1, 2]
f.extend(f); print(f)
f[1:3] = f; print(f)
print([1, 2] * 0, [[]] * 3, [None] * -1, 3 * [0])
