# gc-stress-interval: 50 (imports ast, whose enum and contextlib imports take many minutes to load when every allocation collects)
# The node classes of _ast: fields, attributes, docs, constructors, defaults, pickling.
import _ast
import ast
import copy
import pickle

names = [n for n in dir(_ast) if not n.startswith("__")]
print(len(names), names)
print(_ast.__doc__, ast.AST.__doc__, ast.AST.__module__, ast.AST._fields, ast.AST._attributes)
for name in names:
    cls = getattr(_ast, name)
    if not isinstance(cls, type):
        print(name, cls)
        continue
    own = {k: v for k, v in vars(cls).items() if k not in ("__doc__", "__weakref__", "__dict__")}
    print(name, cls.__module__, cls.__qualname__, [b.__name__ for b in cls.__mro__], sorted(own))
    print("   ", cls._fields, cls.__match_args__ == cls._fields, getattr(cls, "_attributes", "-"))
    print("   ", repr(cls.__doc__))
    print("   ", {k: v for k, v in own.items() if v is None})

# __init__: positional by _fields, keywords, errors.
n = ast.Name("x", ast.Load(), lineno=3, extra=4)
print(n.id, type(n.ctx).__name__, n.lineno, n.extra, sorted(vars(n)))
print(ast.Name().__dict__, ast.Constant(1).kind, ast.Constant(1).end_lineno)
for call in [lambda: ast.Name("a", ast.Load(), 3), lambda: ast.Pass(1), lambda: ast.AST(1),
             lambda: ast.BinOp(1, 2, 3, 4), lambda: ast.Expr(1, value=2), lambda: ast.keyword(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
try:
    ast.Module().body
except AttributeError as e:
    print("AttributeError:", e)
print(ast.alias("a").asname, ast.arg("x").annotation, ast.arguments().vararg)

# Pickling and copying keep the fields.
t = ast.parse("def f(x=1):\n    return x * 2\n")
for clone in [copy.deepcopy(t), copy.copy(t)]:
    print(type(clone).__name__, ast.dump(clone, include_attributes=True) == ast.dump(t, include_attributes=True))
print(ast.Name("x").__reduce__())
print(ast.Load().__reduce__(), ast.AST().__reduce__())
print(copy.deepcopy(ast.Add()).__class__.__name__, copy.deepcopy(ast.Name("q")).id)

# Subclasses of node classes and of AST.
class MyName(ast.Name):
    _fields = ("id", "ctx", "note")
m = MyName("a", ast.Load(), "hi")
print(m.note, isinstance(m, ast.expr), ast.dump(m))
class Custom(ast.AST):
    _fields = ("a", "b")
c = Custom(1, b=2)
print(c.a, c.b, ast.dump(c))
try:
    Custom(1, a=2)
except TypeError as e:
    print("TypeError:", e)

# Structural pattern matching uses __match_args__.
match ast.parse("x + 1", mode="eval").body:
    case ast.BinOp(ast.Name(id), ast.Add(), ast.Constant(value)):
        print("matched", id, value)

# Deprecated aliases from ast.py.
import warnings
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    num = ast.Num(5)
    print(type(num).__name__, num.n, isinstance(ast.Constant(1), ast.Num), isinstance(ast.Constant("s"), ast.Num))
    print(isinstance(ast.Constant("s"), ast.Str), ast.Constant("s").s)
print(ast.Constant(value=1, kind="u").kind)
