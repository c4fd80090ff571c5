# assignment expressions: in conditions, comprehensions (binding in the enclosing scope), and invalid uses
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)

values = iter(data)
while (v := next(values, None)) is not None:
    print("value", v, end=" ")
print()

squares = [y for x in data if (y := x * x) > 10]
print(squares, "last y:", y)

def in_function():
    total = 0
    partial = [total := total + x for x in range(5)]
    return partial, total
print(in_function())

print(any((hit := x) > 5 for x in data), hit)
print(all((miss := x) < 9 for x in data), miss)

def nested_comp():
    res = [[(last := i * j) for j in range(3)] for i in range(3)]
    return res, last
print(nested_comp())

print((a := 1, b := 2), a, b)
print(f"{(w := 10)} {w * 2}")
z = (q := 5) + q
print(z)

def default_uses(x=(d := 7)):
    return x
print(default_uses(), d)

for src in ["x := 1",
            "[i := 0 for i in range(3)]",
            "[x for x in (i := range(3))]",
            "class C:\n    [y := 1 for _ in range(2)]\n",
            "def f():\n    [j for j in range(2) if (j := 1)]\n",
            "(a.b := 1)",
            "(a[0] := 1)",
            "def f(x := 1): pass"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg)

class K:
    vals = [1, 2, 3]
    total = sum(vals)
print(K.total)

lam = lambda: (t := 3) * t
print(lam())
