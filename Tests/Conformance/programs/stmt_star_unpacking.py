# starred assignment targets, starred expressions in displays and calls, and unpacking errors
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(2)
print(a, mid, z)
(p, *q), r = (1, 2, 3), 4
print(p, q, r)
[*everything] = (x for x in range(3))
print(everything)
head, *_ = {"k1": 1, "k2": 2}
print(head)

print([*range(3), *"ab", *[None]])
print((*[1, 2], 3))
print({*[1, 1, 2], *(2, 3)})
print({**{"a": 1}, "b": 2, **{"a": 3}})
print(*[1, 2, 3], sep="-")

def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], 3, *(4,), k=1, **{"m": 2}))
print(f(**{"x": 1}, **{"y": 2}))

for bad in [lambda: [1, 2, 3][0:0],
            ]:
    pass

def attempt(src):
    try:
        exec(src, {})
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

attempt("a, b = [1, 2, 3]")
attempt("a, b, c = [1, 2]")
attempt("a, *b, c = [1]")
attempt("a, b = 1")
attempt("a, *b = None")
attempt("x, = []")
attempt("[*a] = 5")
attempt("print(*1)")
attempt("print(**[1])")
attempt("{**[1]}")

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

x, y, *others = Countdown(5)
print(x, y, others)

for src in ["*a = [1]", "a, *b, *c = 1, 2", "*a, = 1,", "print(*a for a in b)"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled", src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)

for i, (k, *vs) in enumerate([("a", 1, 2), ("b",)]):
    print(i, k, vs)
