# exec() and eval() of code objects that need closure cells.
def f(x):
    return lambda: x + 1

g = f(3)
for call in (lambda: eval(g.__code__), lambda: exec(g.__code__, {})):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

def make_cell(value):
    return (lambda: value).__closure__[0]

# exec's closure= keyword supplies the cells.
def outer():
    y = 10
    def inner():
        print("y is", y)
    return inner

code = outer().__code__
exec(code, {}, closure=(make_cell(42),))
exec(code, {"print": print}, None, closure=(make_cell("cell"),))

bad = [
    dict(closure=None),
    dict(closure=()),
    dict(closure=(1,)),
    dict(closure=[make_cell(1)]),
    dict(closure=(make_cell(1), make_cell(2))),
]
for kwargs in bad:
    try:
        exec(code, {}, **kwargs)
    except TypeError as e:
        print(kwargs["closure"].__class__.__name__, "TypeError:", e)

plain = compile("print('plain')", "<s>", "exec")
exec(plain, {}, closure=None)
for source in (plain, "print('text')"):
    try:
        exec(source, {}, closure=(make_cell(1),))
    except TypeError as e:
        print("TypeError:", e)

try:
    exec("pass", {}, bogus=1)
except TypeError as e:
    print("TypeError:", e)
try:
    exec("pass", globals={})
except TypeError as e:
    print("TypeError:", e)
