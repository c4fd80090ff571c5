# gc-stress-interval: 50 (imports ast, whose enum and contextlib imports take many minutes to load when every allocation collects)
# Trees built or rewritten in Python, compiled and run.
import ast

# By hand, with explicit positions.
tree = ast.Module(body=[
    ast.Assign(targets=[ast.Name("x", ast.Store(), lineno=1, col_offset=0)],
               value=ast.BinOp(ast.Constant(6, lineno=1, col_offset=4), ast.Mult(), ast.Constant(7, lineno=1, col_offset=8),
                               lineno=1, col_offset=4), lineno=1, col_offset=0),
    ast.Expr(ast.Call(ast.Name("print", ast.Load(), lineno=2, col_offset=0), [ast.Name("x", ast.Load(), lineno=2, col_offset=6)],
                      [], lineno=2, col_offset=0), lineno=2, col_offset=0),
], type_ignores=[])
exec(compile(tree, "<hand>", "exec"))

# fix_missing_locations fills in the positions.
expr = ast.Expression(ast.BinOp(ast.Constant(2), ast.Pow(), ast.Constant(10)))
print(eval(compile(ast.fix_missing_locations(expr), "<e>", "eval")))
print(ast.dump(expr, include_attributes=True))

# A function, a class, a loop, a comprehension, built with ast.parse pieces.
src = """
def total(values, *, start=0):
    result = start
    for v in values:
        if v % 2:
            continue
        result += v
    return result

class Box:
    def __init__(self, item):
        self.item = item
    def __repr__(self):
        return f"Box({self.item!r})"

print(total(range(10)), total([1, 2, 4], start=100))
print([Box(i) for i in 'ab'], {k: v for k, v in zip('xy', (1, 2))})
"""
exec(compile(ast.parse(src), "<parsed>", "exec"))

# NodeTransformer: rewrite names and constants.
class Renamer(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == "a":
            return ast.copy_location(ast.Name("b", node.ctx), node)
        return node
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 10), node)
        return node
t = Renamer().visit(ast.parse("a = 1\nprint(a + 2)\n"))
print(ast.unparse(t))
exec(compile(t, "<renamed>", "exec"), {})

# A transformer that removes statements and adds new ones.
class DropPass(ast.NodeTransformer):
    def visit_Pass(self, node):
        return None
    def visit_FunctionDef(self, node):
        self.generic_visit(node)
        if not node.body:
            node.body = [ast.Return(ast.Constant("empty"))]
        return node
t = ast.fix_missing_locations(DropPass().visit(ast.parse("def f():\n    pass\nprint(f())\n")))
exec(compile(t, "<dropped>", "exec"))

# NodeVisitor collecting names.
class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []
    def visit_Name(self, node):
        self.seen.append(node.id)
v = Names()
v.visit(ast.parse("x = y + f(z, w=q)"))
print(v.seen)

# eval and single modes.
print(eval(compile(ast.parse("[i * i for i in range(5)]", mode="eval"), "<eval>", "eval")))
exec(compile(ast.parse("1 + 1", mode="single"), "<single>", "single"))

# Constants of every kind a code object may hold.
for value in [None, True, Ellipsis, -5, 2**80, -2**80, 1.5, -0.0, 3j, 1 - 2j, "s\u00e9", b"\x00b", (1, (2, "x")), frozenset({3})]:
    e = ast.fix_missing_locations(ast.Expression(ast.Constant(value)))
    print(repr(eval(compile(e, "<c>", "eval"))))

# Future features in the tree apply.
t = ast.parse("from __future__ import annotations\ndef f(x: undefined) -> list[int]: pass\nprint(f.__annotations__)\n")
exec(compile(t, "<future>", "exec"), {})

# Compile errors of converted trees are SyntaxErrors at the nodes' positions.
for src in ["return 1", "break", "def f():\n    nonlocal q", "x: int = 1\nglobal x"]:
    try:
        compile(ast.parse(src), "<bad>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)

# Positions from the tree end up in tracebacks.
t = ast.parse("x = 1\n\n\n1 / 0\n")
try:
    exec(compile(t, "<positions>", "exec"))
except ZeroDivisionError as e:
    print("line", e.__traceback__.tb_next.tb_lineno)

# Mutating a parsed tree before compiling it.
t = ast.parse("print('before')")
t.body[0].value.args[0].value = "after"
exec(compile(t, "<mutated>", "exec"))
t.body.append(ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Constant("appended")], [])))
exec(compile(ast.fix_missing_locations(t), "<mutated>", "exec"))

# Match statements from a tree.
t = ast.parse("""
def classify(v):
    match v:
        case 0 | 1:
            return "small"
        case [x, *rest]:
            return f"list {x} {rest}"
        case {"k": value}:
            return f"map {value}"
        case str() as s:
            return "str " + s
        case _:
            return "other"
for v in [1, [1, 2, 3], {"k": 9}, "hi", 3.5]:
    print(classify(v))
""")
exec(compile(t, "<match>", "exec"), {})
