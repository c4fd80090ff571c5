# zip(): unequal lengths, strict mode errors, laziness, and zip with map/enumerate/unpacking
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(range(3), range(10, 13), "xyz")))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*pairs)
print(nums, letters)
print(dict(zip("abc", range(3))))
print(list(zip([1, 2], [3, 4], strict=True)))

def attempt(*iterables):
    try:
        print(list(zip(*iterables, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)

attempt([1, 2, 3], [1, 2])
attempt([1], [1, 2])
attempt([1, 2], [1, 2], [1])
attempt([1, 2], [1, 2], [1, 2, 3])
attempt([], [])

def counted(name, n):
    for i in range(n):
        print("  ", name, "yields", i)
        yield i

print(list(zip(counted("first", 3), counted("second", 1))))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
print(type(zip()).__name__, iter(z) is z)
for i, (a, b) in enumerate(zip("xy", "pq"), start=1):
    print(i, a, b)
try:
    zip(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    zip([1], bogus=True)
except TypeError as e:
    print(type(e).__name__, e)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)])
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str, range(3))))
try:
    list(map(lambda a, b: a, [1], [2], strict=True))
except TypeError as e:
    print(type(e).__name__, e)
