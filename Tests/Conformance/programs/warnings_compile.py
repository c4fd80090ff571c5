# Compile-time SyntaxWarnings as CPython 3.11 gives them, through the warnings filters;
# an "error" filter makes them SyntaxErrors at the warned place.
import _warnings

def check(x):
    return x is 1, x is not "s", x is -1, x is (), x is None, x is ..., 1 is x

sources = [
    "x = 5[0]",
    "x = 5()",
    "x = [1]['a']",
    "x = 's'['a']",
    "x = (1,)['a']",
    "x = {1, 2}[0]",
    "x = (lambda: 0)[0]",
    "x = (i for i in 'a')[0]",
    "x = [1, 2](3)",
    "x = (1, 2)(3)",
    "x = {}(3)",
    "x = f'{1}'(3)",
    "x = None(1)",
    "x = 1.5[0]",
    "x = b'ab'['a']",
    "x = [i for i in 'ab'][1.5]",
    "x = [1][1:2]",
    "x = [1][True]",
    "x = 'abc'[0]",
    "assert (x, 'message')",
    "assert ()",
    "assert x, 'message'",
    "if x is 'a': pass",
    "x = y is not 2.5",
    "x = 1 < y is 3",
]
for src in sources:
    try:
        compile(src, "<warned>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e)

_warnings.filters.insert(0, ("error", None, SyntaxWarning, None, 0))
_warnings._filters_mutated()
for src in ("x = 5[0]", "def f():\n    return y is 1\n", "assert (1, 2)", "x = 1\ny = [1](2)"):
    try:
        compile(src, "<error>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset)
del _warnings.filters[0]
_warnings.filters.insert(0, ("ignore", None, SyntaxWarning, None, 0))
_warnings._filters_mutated()
compile("x = 5[0]", "<ignored>", "exec")
del _warnings.filters[0]
print(check(1), check(None))
