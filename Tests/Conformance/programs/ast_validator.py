# gc-stress-interval: 50 (imports ast, whose enum and contextlib imports take many minutes to load when every allocation collects)
# compile() of malformed trees: obj2ast's TypeErrors and the validator's ValueErrors.
import ast
import re

def check(tree, mode="exec"):
    try:
        compile(tree, "<t>", mode)
        print("ok")
    except (TypeError, ValueError, SyntaxError, OverflowError, RecursionError, SystemError, RuntimeError) as e:
        print(type(e).__name__ + ":", re.sub(r"0x[0-9a-f]+", "0x?", str(e)))

P = dict(lineno=1, col_offset=0)
def N(i, c=ast.Load):
    return ast.Name(id=i, ctx=c(), **P)
def E(e):
    return ast.Expression(body=e)
def M(*stmts):
    return ast.Module(body=list(stmts), type_ignores=[])

# Structure: required fields, lists, types (obj2ast).
check(ast.Module())
check(ast.Module(body=None, type_ignores=[]))
check(ast.Module(body=(), type_ignores=[]))
check(ast.Module(body=[ast.Pass(**P)]))
check(ast.Module(body=[ast.Pass(**P)], type_ignores=None))
check(ast.Module(body=[ast.Pass(**P)], type_ignores=[3]))
check(ast.Module(body=[ast.Pass(**P)], type_ignores=[ast.TypeIgnore(lineno=1, tag="x")]))
check(ast.Module(body=[ast.Pass(**P)], type_ignores=[ast.TypeIgnore(lineno=1, tag=3)]))
check(E(ast.Pass()), "eval")
check(E(ast.Pass(**P)), "eval")
check(E(None), "eval")
check(E(ast.Name(id=None, ctx=ast.Load(), **P)), "eval")
check(E(ast.Name(id=3, ctx=ast.Load(), **P)), "eval")
check(E(ast.Name(id=None, ctx=3, **P)), "eval")
check(E(ast.Name(id="x", ctx=None, **P)), "eval")
check(E(ast.Name(id="x", **P)), "eval")
check(E(ast.Name(id="x", ctx=ast.Load(), lineno="1", col_offset=0)), "eval")
check(E(ast.Name(id="x", ctx=ast.Load(), lineno=2**70, col_offset=0)), "eval")
check(E(ast.Name(id="x", ctx=ast.Load(), lineno=1.5, col_offset=0)), "eval")
check(E(ast.Name(id="x", ctx=ast.Load(), lineno=None, col_offset=0)), "eval")
check(E(ast.Constant(lineno=1, col_offset=0)), "eval")
check(E(ast.Constant(1, kind=3, **P)), "eval")
check(E(ast.BinOp(left=ast.Constant(1, **P), op=ast.Add, right=ast.Constant(2, **P), **P)), "eval")
check(E(ast.BinOp(left=ast.Constant(1, **P), op=ast.Add(), **P)), "eval")
check(E(ast.Compare(left=N("x"), ops=[None], comparators=[N("y")], **P)), "eval")
check(E(ast.Lambda(args=None, body=N("x"), **P)), "eval")
check(E(ast.Lambda(args=3, body=N("x"), **P)), "eval")
check(E(ast.JoinedStr(values=[ast.FormattedValue(value=N("x"), **P)], **P)), "eval")
check(M(ast.Global(names=[3], **P)))
check(M(ast.ImportFrom(module="x", names=[ast.alias(name="y")], **P)))
check(M(ast.Assign(targets=[N("x", ast.Store)], value=N("y"), type_comment=3, **P)))
check(M(ast.AnnAssign(target=N("x", ast.Store), annotation=N("int"), **P)))
check(3)
check(M(3))
check(ast.Interactive(body=[]), "exec")
check(M(), "eval")
check(M(), "single")
check(ast.FunctionType(argtypes=[], returns=N("x")), "eval")
class L(list):
    pass
check(ast.Module(body=L(), type_ignores=[]))

# The validator.
check(M(None))
check(E(ast.Name(id="x", ctx=ast.Store(), **P)), "eval")
check(E(ast.Name(id="None", ctx=ast.Load(), **P)), "eval")
check(E(ast.Constant(value=[1], **P)), "eval")
check(E(ast.Constant(value=(1, [2]), **P)), "eval")
check(E(ast.Constant(value=(1, frozenset({2})), **P)), "eval")
class I(int):
    pass
check(E(ast.Constant(value=I(3), lineno=I(1), col_offset=0)), "eval")
check(E(ast.Constant(value=ast.Constant, **P)), "eval")
check(E(ast.Compare(left=N("x"), ops=[ast.Eq()], comparators=[], **P)), "eval")
check(E(ast.Compare(left=N("x"), ops=[ast.Eq(), ast.Lt()], comparators=[N("y")], **P)), "eval")
check(E(ast.BoolOp(op=ast.And(), values=[N("y")], **P)), "eval")
check(E(ast.NamedExpr(target=ast.Attribute(value=N("x"), attr="a", ctx=ast.Store(), **P), value=N("y"), **P)), "eval")
check(E(ast.Dict(keys=[], values=[N("a")], **P)), "eval")
check(E(ast.Dict(keys=[None], values=[N("a")], **P)), "eval")
check(E(ast.List(elts=[None], ctx=ast.Load(), **P)), "eval")
check(E(ast.ListComp(elt=N("x"), generators=[], **P)), "eval")
check(E(ast.Starred(value=N("x"), ctx=ast.Store(), **P)), "eval")
check(E(ast.Slice(**P)), "eval")
check(M(ast.FunctionDef(name="f", args=ast.arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]),
                        body=[], decorator_list=[], **P)))
args = lambda **k: ast.arguments(**{**dict(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), **k})
body = [ast.Pass(**P)]
check(M(ast.FunctionDef(name="f", args=args(defaults=[ast.Constant(1, **P)]), body=body, decorator_list=[], **P)))
check(M(ast.FunctionDef(name="f", args=args(kwonlyargs=[ast.arg("a", **P)]), body=body, decorator_list=[], **P)))
check(M(ast.FunctionDef(name="f", args=args(kwonlyargs=[ast.arg("a", **P)], kw_defaults=[None]), body=body, decorator_list=[], **P)))
check(M(ast.FunctionDef(name="f", args=args(args=[ast.arg("a", annotation=N("x", ast.Store), **P)]), body=body,
                        decorator_list=[], **P)))
check(M(ast.ClassDef(name="C", bases=[], keywords=[], body=[], decorator_list=[], **P)))
check(M(ast.Delete(targets=[], **P)))
check(M(ast.Delete(targets=[N("x", ast.Store)], **P)))
check(M(ast.Assign(targets=[], value=N("y"), **P)))
check(M(ast.Assign(targets=[ast.Constant(1, **P)], value=N("y"), **P)))
check(M(ast.AnnAssign(target=ast.Attribute(value=N("x"), attr="a", ctx=ast.Store(), **P), annotation=N("int"), simple=1, **P)))
check(M(ast.For(target=N("x", ast.Store), iter=N("y"), body=[], orelse=[], **P)))
check(M(ast.While(test=N("x"), body=[], orelse=[], **P)))
check(M(ast.If(test=N("x"), body=body, orelse=[None], **P)))
check(M(ast.With(items=[], body=body, **P)))
check(M(ast.With(items=[ast.withitem(N("a"), N("b"))], body=body, **P)))
check(M(ast.Raise(cause=N("a"), **P)))
check(M(ast.Try(body=body, handlers=[], orelse=[], finalbody=[], **P)))
check(M(ast.Try(body=body, handlers=[], orelse=body, finalbody=body, **P)))
check(M(ast.Try(body=body, handlers=[ast.ExceptHandler(body=[], **P)], orelse=[], finalbody=[], **P)))
check(M(ast.TryStar(body=[], handlers=[], orelse=[], finalbody=[], **P)))
check(M(ast.Import(names=[], **P)))
check(M(ast.ImportFrom(module="x", names=[ast.alias(name="y", **P)], level=-1, **P)))
check(M(ast.Global(names=[], **P)))
check(M(ast.Nonlocal(names=[], **P)))
check(M(ast.Expr(ast.Starred(N("x"), ast.Store(), **P), **P)))

# Positions.
for p in [dict(lineno=-5, col_offset=-4, end_lineno=-7, end_col_offset=-9),
          dict(lineno=-5, col_offset=-4, end_lineno=-4, end_col_offset=-9),
          dict(lineno=5, col_offset=-4, end_lineno=5, end_col_offset=-9),
          dict(lineno=5, col_offset=7, end_lineno=5, end_col_offset=3),
          dict(lineno=5, col_offset=7, end_lineno=6, end_col_offset=3),
          dict(lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)]:
    check(E(ast.Name("x", ast.Load(), **p)), "eval")
check(M(ast.Pass(lineno=3, col_offset=5, end_lineno=2, end_col_offset=0)))

# Patterns.
def case(pattern, guard=None):
    return M(ast.Match(subject=N("x"), cases=[ast.match_case(pattern=pattern, guard=guard, body=body)], **P))
Q = dict(lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)
check(M(ast.Match(subject=N("x"), cases=[], **P)))
check(M(ast.Match(subject=N("x"), cases=[ast.match_case(pattern=ast.MatchAs(**Q), body=[])], **P)))
check(case(ast.MatchAs(name="_", **Q)))
check(case(ast.MatchAs(name="False", **Q)))
check(case(ast.MatchAs(pattern=ast.MatchAs(**Q), **Q)))
check(case(ast.MatchStar(name="a", **Q)))
check(case(ast.MatchSequence(patterns=[ast.MatchStar(name="_", **Q)], **Q)))
check(case(ast.MatchValue(ast.Constant(None, **P), **Q)))
check(case(ast.MatchValue(ast.Constant(True, **P), **Q)))
check(case(ast.MatchValue(ast.Constant((1,), **P), **Q)))
check(case(ast.MatchValue(N("a"), **Q)))
check(case(ast.MatchValue(ast.UnaryOp(ast.UAdd(), ast.Constant(1, **P), **P), **Q)))
check(case(ast.MatchValue(ast.BinOp(ast.Constant(1, **P), ast.Mult(), ast.Constant(2j, **P), **P), **Q)))
check(case(ast.MatchValue(ast.Attribute(N("a", ast.Store), "b", ast.Load(), **P), **Q)))
check(case(ast.MatchSingleton(1, **Q)))
check(case(ast.MatchOr(patterns=[ast.MatchAs(name="a", **Q)], **Q)))
check(case(ast.MatchClass(cls=ast.Constant(1, **P), patterns=[], kwd_attrs=[], kwd_patterns=[], **Q)))
check(case(ast.MatchClass(cls=N("C"), patterns=[], kwd_attrs=["a"], kwd_patterns=[], **Q)))
check(case(ast.MatchClass(cls=N("C"), patterns=[], kwd_attrs=["None"], kwd_patterns=[ast.MatchAs(**Q)], **Q)))
check(case(ast.MatchMapping(keys=[], patterns=[ast.MatchAs(**Q)], **Q)))
check(case(ast.MatchMapping(keys=[N("a")], patterns=[ast.MatchAs(**Q)], **Q)))
check(case(ast.MatchMapping(keys=[ast.Constant(None, **P)], patterns=[ast.MatchAs(**Q)], **Q)))
check(case(ast.MatchMapping(keys=[], patterns=[], rest="_", **Q)))
check(case(ast.MatchAs(lineno=1, col_offset=0)))

# Compile-time errors of trees the validator accepts.
check(E(ast.Await(value=N("x"), **P)), "eval")
check(M(ast.Return(**P)))
check(M(ast.Break(**P)))
check(E(ast.Starred(value=N("x"), ctx=ast.Load(), **P)), "eval")
check(case(ast.MatchValue(ast.JoinedStr([], **P), **Q)))
check(E(ast.JoinedStr(values=[ast.FormattedValue(value=N("x"), conversion=5, **P)], **P)), "eval")

# Lists changing while converted, and deep trees.
class Shrinking(ast.Pass):
    @property
    def lineno(self):
        del stmts[1:]
        return 1
    col_offset = 0
stmts = [Shrinking(), ast.Pass(**P)]
check(ast.Module(body=stmts, type_ignores=[]))
e = N("a")
for i in range(1500):
    e = ast.UnaryOp(ast.USub(), e, **P)
check(E(e), "eval")
