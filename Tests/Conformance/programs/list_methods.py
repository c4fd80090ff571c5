# list methods and operations with edge cases and error messages
l = [3, 1, 4, 1, 5, 9, 2, 6]
l2 = l.copy(); l2.sort(); print(l2, l)
l2.sort(reverse=True); print(l2)
l2.sort(key=lambda x: (x % 3, x)); print(l2)
print(l.index(1), l.index(1, 2), l.count(1), l.count(7))
try:
    l.index(7)
except ValueError as e:
    print("ValueError", e)
l.remove(1); print(l)
try:
    l.remove(100)
except ValueError as e:
    print("ValueError", e)
print(l.pop(), l.pop(0), l.pop(-2), l)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError", e)
l.insert(100, "end"); l.insert(-100, "start"); l.insert(2, "mid"); print(l)
l.reverse(); print(l)
l.clear(); print(l, len(l))
a = [1, 2, 3, 4, 5, 6, 7, 8, 9]
print(a[2:5], a[:3], a[6:], a[::2], a[::-1], a[-3:], a[5:2], a[5:2:-1], a[100:], a[-100:2])
a[2:4] = ["x", "y", "z"]; print(a)
a[::3] = [0, 0, 0, 0]; print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print("ValueError", e)
del a[1:3]; print(a)
del a[::2]; print(a)
a[1:1] = [7, 7]; print(a)
b = [1, 2]; b += [3]; b *= 2; print(b, [0] * 3, [[]] * 2, [1, 2] + [3])
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError", e)
try:
    b[10]
except IndexError as e:
    print("IndexError", e)
try:
    b[10] = 1
except IndexError as e:
    print("IndexError", e)
try:
    b["x"]
except TypeError as e:
    print("TypeError", e)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] == [], [1, [2]] == [1, [2]], [3] > [2, 9], 2 in [1, 2], [1] * 0)
x = [1, 2]; x.append(x); print(x)
print(list(range(5)), list("abc"), list((1, 2)), list({1: 2, 3: 4}), list(), sorted([3, 1, 2], reverse=True))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
stable = sorted([("b", 1), ("a", 2), ("b", 0), ("a", 1)], key=lambda p: p[0]); print(stable)
c = [5, 3]; c.extend(range(3)); c.extend("ab"); print(c)
print(len([None] * 1000), [i * i for i in range(5)][-1], list(reversed([1, 2, 3])))
e = [1, 2, 3]; e[-1] = 9; e[0] += 10; print(e)
print(list.__name__, type([]) is list, isinstance([], list), [1, 2, 3].__len__(), [1, 2].__contains__(2), [1, 2].__getitem__(-1))
