# assignment expressions: in comprehensions binding the enclosing scope, in while conditions, in if chains, and their SyntaxErrors
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3: print("long list", n)
print([y for x in data if (y := x * 2) > 6], y)
total = 0
print([total := total + x for x in data], total)
def inside():
    [last := v for v in "abc"]
    return last
print(inside())
lines = iter(["a", "b", "", "c"])
while (line := next(lines)): print("line", line)
print(any((hit := v) > 8 for v in data), hit)
print([(a, b) for a in range(3) if (b := a * a) % 2 == 0])
def gen():
    return [(k := i * 10) for i in range(3) for j in [i]], k
print(gen())
for src in ["[i := 0 for i in range(3)]", "[x for x in range(3) if (x := 1)]", "(a := 1) = 2", "def f(): [y := 1 for y in []]",
            "class C: [z := 1 for _ in []]", "x := 1", "[(j := 1) for i in range(2) for j in range(2)]"]:
    try:
        exec(src, {})
        print("ok", src)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
print((w := 10) + w, [w := w + 1, w], (lambda: (q := 5) + q)())
