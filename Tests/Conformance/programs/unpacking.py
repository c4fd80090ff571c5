# unpacking in assignments, loops, calls and displays
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
x, (y, z) = 1, (2, 3)
print(x, y, z)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]) if False else [(0, ("a", 1)), (1, ("b", 2))]:
    print(i, k, v)
print([*range(3), *"xy"], (*[1], 2), {**{"a": 1}, "b": 2})
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], 3, *(4,), k=1, **{"m": 2}))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
