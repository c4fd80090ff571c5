# gc-stress-interval: 50 (imports ast, whose enum and contextlib imports take many minutes to load when every allocation collects)
# ast.unparse, and parse(unparse(tree)) giving the tree back.
import ast

SOURCES = [
    "x = 1 + 2 * 3 - (4 - 5)",
    "a = b if c else (d if e else f)",
    "f(a, *b, c=1, **d)",
    "lambda x, /, y=1, *z, w, **k: (x, y, z, w, k)",
    "def f(a: int = 1, *, b: 'str' = 'x') -> None:\n    '''Doc.'''\n    return",
    "@decorator(arg)\nclass C(A, B, metaclass=M):\n    x: int\n    y: list[int] = []",
    "async def g():\n    async with a as b:\n        async for x in y:\n            await z",
    "for i, (j, k) in enumerate(pairs):\n    continue\nelse:\n    pass",
    "while not done:\n    break",
    "try:\n    pass\nexcept ValueError as e:\n    raise RuntimeError() from e\nexcept (A, B):\n    pass\nelse:\n    x = 1\nfinally:\n    y = 2",
    "try:\n    pass\nexcept* TypeError:\n    pass",
    "with open('f') as f, lock:\n    data = f.read()",
    "import a, b.c as d\nfrom .. import e\nfrom f import (g, h as i)",
    "global x, y\ndel a[0], b.c",
    "x = [i for i in range(10) if i % 2]\ny = {k: v for k, v in z}\nw = {s for s in t}\nv = (g for g in h)",
    "s = f'{a!r} {b:>{width}} {c=} {{literal}}'",
    "t = 'quote\\'s' + \"dq\" + '''tri\nple'''",
    "n = -x ** 2 + (-x) ** 2 + ~y + (not z)",
    "c = a < b <= c != d is e is not f in g not in h",
    "x = y = z = 0\na += 1\nb //= 2\nc @= d",
    "assert x, 'message'",
    "match command:\n    case ['go', direction] | ['move', direction]:\n        pass\n    case {'x': 0, **rest}:\n        pass\n    case Point(x=0, y=0) as origin if origin:\n        pass\n    case [1, 2, *others]:\n        pass\n    case None | True | -1 | 1.5j | 'str' | b'b':\n        pass\n    case _:\n        pass",
    "x = a[1:2, ::3, ...]\ny = a[()]\nz = a[b:]",
    "yield_expr = lambda: (yield)",
    "def gen():\n    x = yield 1\n    yield from other()",
    "print((x := 5), x)",
    "x = 1e309, -1e309j, 0.1, 10**20",
    "if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\nelse:\n    pass",
    "nonlocal_test = 1\ndef outer():\n    v = 1\n    def inner():\n        nonlocal v\n        v += 1",
    "x = *a, *b\n[*c] = d\nprint(*e)",
    "x = {**a, 'b': 1}\ny = f(**{'a': 1})",
    "raise\nreturn_value = not (a and b or c)",
]
for src in SOURCES:
    tree = ast.parse(src)
    text = ast.unparse(tree)
    print(text)
    print("round trip:", ast.dump(ast.parse(text)) == ast.dump(tree))
    print("---")

# unparse of trees made by hand.
print(ast.unparse(ast.BinOp(ast.Name("a"), ast.Add(), ast.BinOp(ast.Name("b"), ast.Mult(), ast.Name("c")))))
print(ast.unparse(ast.Constant("x", kind="u")))
print(ast.unparse(ast.Call(ast.Attribute(ast.Constant(1), "real"), [], [])))
