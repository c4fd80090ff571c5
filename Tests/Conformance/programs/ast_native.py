# _ast without ast.py (so it stays quick under KRAIT_GC_STRESS=1): parse to objects,
# walk them, build trees by hand, compile and run them.
import _ast

def dump(node):
    if isinstance(node, list):
        return "[" + ", ".join(dump(n) for n in node) + "]"
    if not isinstance(node, _ast.AST):
        return repr(node)
    parts = [f"{name}={dump(getattr(node, name))}" for name in node._fields if hasattr(node, name)]
    parts += [f"{name}={getattr(node, name)}" for name in node._attributes if hasattr(node, name)]
    return type(node).__name__ + "(" + ", ".join(parts) + ")"

source = "def f(a, *b, c=2):\n    return [x * c for x in (a, *b) if x]\nprint(f(1, 0, 3), {'k': -1.5j})\n"
tree = compile(source, "<src>", "exec", _ast.PyCF_ONLY_AST)
print(dump(tree))
exec(compile(tree, "<tree>", "exec"))

P = {"lineno": 1, "col_offset": 0}
call = _ast.Call(_ast.Name("print", _ast.Load(), **P),
                 [_ast.BinOp(_ast.Constant(2, **P), _ast.Pow(), _ast.Constant(100, **P), **P),
                  _ast.Constant((1, "two", None, b"3"), **P)], [], **P)
exec(compile(_ast.Module([_ast.Expr(call, **P)], []), "<built>", "exec"))
print(eval(compile(_ast.Expression(_ast.List([_ast.Constant(i, **P) for i in range(5)], _ast.Load(), **P)), "<e>", "eval")))

for bad in [_ast.Module(), _ast.Expression(_ast.Name("x", _ast.Store(), **P)), _ast.Expression(_ast.Constant([1], **P))]:
    try:
        compile(bad, "<bad>", "eval" if isinstance(bad, _ast.Expression) else "exec")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

n = _ast.Name("v", _ast.Load(), lineno=2)
print(n.__reduce__()[0].__name__, sorted(n.__reduce__()[2]), _ast.Name._fields, _ast.expr._attributes)
print(compile("x", "<s>", "eval", _ast.PyCF_ONLY_AST).body.ctx is compile("y", "<s>", "eval", _ast.PyCF_ONLY_AST).body.ctx)
