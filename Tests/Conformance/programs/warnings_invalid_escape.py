# The parser's DeprecationWarning for invalid escape sequences, as CPython 3.11 gives
# it through the warnings filters: ignored by default (the module comes from the file
# name, not __main__), shown under "always", and a SyntaxError at the string under
# "error". Only the first invalid escape of each string (each literal piece of an
# f-string) warns.
import _warnings

sources = [
    r'x = "\d"',
    r'x = b"\d" + b"\q"',
    'x = """a\n\\w"""',
    r'x = f"\k{x}\m{x:\w>10}"',
    r'x = "\777 \8"',
    r'x = "\8" "\9" "\400" "\377"',
    r'x = b"\777" b"\u1234" b"\N"',
    r'x = "\u1234\N{BULLET}\x41\101\n\
"',
    r'x = rf"\d" r"\d"',
    r'x = Rb"\d" + bR"\q"',
    r'x = "\é"',
    r'x = f"\d\{6}"',
    'x = 1\n\ny = "\\z"',
]


def run(label):
    print("--", label)
    for src in sources:
        try:
            compile(src, "<escapes>", "exec")
        except SyntaxError as e:
            print("SyntaxError", e.msg, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset)


run("default filters")
_warnings.filters.insert(0, ("always", None, DeprecationWarning, None, 0))
_warnings._filters_mutated()
run("always")
_warnings.filters[0] = ("error", None, DeprecationWarning, None, 0)
_warnings._filters_mutated()
run("error")
_warnings.filters[0] = ("error", None, DeprecationWarning, "<escapes>", 0)
_warnings._filters_mutated()
run("error for the module <escapes>")
_warnings.filters[0] = ("ignore", None, DeprecationWarning, None, 0)
_warnings._filters_mutated()
run("ignore")
del _warnings.filters[0]
_warnings._filters_mutated()

# exec and eval warn too, as <string>; the escaped text is what the string holds.
_warnings.filters.insert(0, ("always", None, DeprecationWarning, None, 0))
_warnings._filters_mutated()
exec(r'print("\d")')
print(eval(r'b"\q"'))
