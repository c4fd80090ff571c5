# comprehension scoping: loop variable isolation, class-body access, nested comprehensions, closures over loop vars, walrus
x = "outer"
lst = [x for x in range(3)]
print(lst, x)
print([(i, j) for i in range(3) for j in range(i)], [[j for j in range(i)] for i in range(4)])
print({k: v for k, v in zip("abc", range(3)) if v}, {c.upper() for c in "hello"}, list(y * 2 for y in range(3)))
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        broken = [v * len(vals) for v in range(2)]
    except NameError as e:
        err = str(e)
print(C.doubled, C.err)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
print([y for x in [[1, 2], [3]] for y in x], [x for x in range(20) if x % 2 if x % 3])
if (n := len("hello")) > 3:
    print("walrus", n)
print([last := v for v in range(4)], last)
data = [1, 5, 10]
print([y for v in data if (y := v * 3) > 4], y)
def f():
    total = 0
    vals = [total := total + v for v in range(5)]
    return total, vals
print(f())
print([(lambda q: q * 2)(v) for v in range(3)])
g = (a + b for a in range(2) for b in range(3)); print(list(g))
m = [[1, 2], [3, 4]]; print([[row[i] for row in m] for i in range(2)])
print(sum(v for v in range(10) if v % 2), any(v > 8 for v in range(10)), all(v < 10 for v in range(10)))
def outer():
    k = 10
    return [k + v for v in range(3)]
print(outer())
e = [1, 2]
print([e for e in e])
try:
    print([undefined_name for _ in range(1)])
except NameError as ex:
    print("NameError", ex)
print({i: [j for j in range(i)] for i in range(3)}, {(i, j) for i in range(2) for j in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
