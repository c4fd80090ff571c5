# comprehension scopes: loop variables do not leak, class-body access rules, nested comprehensions
x = "global x"
result = [x for x in range(3)]
print(result, x)

def func():
    y = 10
    return [y + i for i in range(3)], {i: y for i in range(2)}, {y * i for i in range(2)}, list(y - i for i in range(2))
print(func())

class Config:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    try:
        offsets = [v + len(values) for v in values]
    except NameError as e:
        error = f"{type(e).__name__}: {e}"
print(Config.doubled, Config.error)

class Scale:
    factor = 3
    first = [i for i in range(factor)]
print(Scale.first)

matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)], [n for row in matrix for n in row if n % 2])
print([(i, j) for i in range(3) for j in range(i)], [[j for j in range(i)] for i in range(4)])

def closures_in_comprehension():
    funcs = [lambda: i for i in range(3)]
    return [f() for f in funcs]
print(closures_in_comprehension())

def shadowing():
    i = "outer i"
    squares = [i * i for i in range(4)]
    return i, squares
print(shadowing())

names = ["a", "b"]
print({n: [n * k for k in range(1, 3)] for n in names})
print([(yield_ := n) for n in range(2)], yield_)
gen = (i for i in range(3))
print([j for j in gen], [j for j in gen])
try:
    print([undefined_name for _ in range(1)])
except NameError as e:
    print(type(e).__name__, e)
print([i for i in range(5) if i % 2 if i > 1], [a for a, *_ in [(1, 2), (3, 4, 5)]])
