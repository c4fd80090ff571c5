# gc-stress-interval: 50 (imports ast, whose enum and contextlib imports take many minutes to load when every allocation collects)
# ast.parse of varied sources, dumped with and without positions, in every mode.
import ast

SOURCES = [
    "x = 1\n",
    "a, *b = c\nx += 1\ny: int = 2\nz: list[int]\n",
    "def f(a, /, b=1, *args, c, d=2, **kw) -> int:\n    '''doc'''\n    return a\n",
    "async def g():\n    async for x in y:\n        await x\n    async with a as b, c:\n        pass\n",
    "@dec\nclass C(Base, metaclass=M):\n    x: int = 0\n    def m(self): ...\n",
    "lambda x, *, y=3: x + y\n",
    "[x for x in range(3) if x]\n{k: v for k, v in d}\n{s for s in t}\n(g for g in h)\n",
    "f'{x!r:>{width}} and {y=}'\n",
    "b'bytes' b'more'\n'abc' u'unicode'\n1.5, 2j, 0xff, 10**100, ..., None, True, 123456789012345678901234567890\n",
    "try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    del a\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\n",
    "match p:\n    case [1, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=_) | None:\n        pass\n    case str() as s if s:\n        pass\n",
    "import a.b as c\nfrom ..m import (x, y as z)\nfrom . import *\nglobal g\n",
    "while x:\n    break\nelse:\n    continue\nif a: pass\nelif b: pass\nelse: pass\n",
    "with open(f) as (a, b):\n    assert x, 'msg'\n",
    "x = a if b else c\ny = not a and b or c\nz = a < b <= c is not d not in e\n",
    "x[1:2, ::3]\nx.y.z\n-x ** ~y\n(yield)\n",
    "def gen():\n    x = yield 1\n    yield from y\n",
    "(x := 10)\nprint(*args, **kwargs, sep='')\n",
    "s = 'caf\\xe9 \u00e9t\u00e9'\nt = '\u4e2d\u6587'  # comment\n",
    "if x:\n\n    # only a comment\n    y = [\n        1,\n        2,\n    ]\n",
]

for source in SOURCES:
    tree = ast.parse(source)
    print(ast.dump(tree))
    print(ast.dump(tree, include_attributes=True))

print(ast.dump(ast.parse("1 + 2", mode="eval"), include_attributes=True))
print(ast.dump(ast.parse("x = 1; y = 2", mode="single"), include_attributes=True))
print(ast.dump(ast.parse("(int, *str) -> list[int]", mode="func_type")))
print(ast.dump(ast.parse("x = 1", type_comments=True)))
print(ast.dump(ast.parse(b"# coding: latin-1\ns = '\xe9'\n"), include_attributes=True))
print(ast.dump(ast.parse("x\n", "name.py", "exec"), indent=2))
print(ast.dump(ast.parse("def f(): pass"), annotate_fields=False))

t = compile("a + b", "<s>", "eval", ast.PyCF_ONLY_AST)
print(type(t).__name__, ast.dump(t))
print(compile(t, "<s>", "eval", ast.PyCF_ONLY_AST) is t)
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)

# Singletons are shared by parsed trees; new instances are made by calls.
t = ast.parse("a = b")
print(t.body[0].targets[0].ctx is ast.parse("c = d").body[0].targets[0].ctx, ast.Store() is ast.Store())
print(type(t.body[0].value.ctx).__name__)

for bad in ["x = ", "def f(:", "(1 +", "f(**)"]:
    try:
        ast.parse(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)

try:
    compile("x", "<s>", "func_type")
except ValueError as e:
    print(e)
try:
    compile("x", "<s>", "other", ast.PyCF_ONLY_AST)
except ValueError as e:
    print(e)

for node in ast.walk(ast.parse("def f(x): return x + 1")):
    print(type(node).__name__, getattr(node, "lineno", None), getattr(node, "end_col_offset", None))
print(ast.get_docstring(ast.parse("'''Module doc.'''\nx = 1")))
src = "def f():\n    return (a +\n            b)\n"
ret = ast.parse(src).body[0].body[0]
print(repr(ast.get_source_segment(src, ret.value)))
