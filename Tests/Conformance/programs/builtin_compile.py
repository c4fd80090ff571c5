# compile(): the three modes, filenames in tracebacks and errors, flags, and argument errors
code = compile("x = 6 * 7\nprint('x is', x)", "prog.py", "exec")
print(type(code).__name__, code.co_filename, code.co_name)
exec(code)
ns = {}
exec(compile("y = [i * i for i in range(4)]", "<cell>", "exec"), ns)
print(ns["y"])
expr = compile("a + b", "<expr>", "eval")
print(eval(expr, {"a": 2, "b": 3}))
exec(compile("1 + 1\n", "<single>", "single"))
exec(compile("None\n", "<single>", "single"))
print(eval(compile(b"'bytes source'", "b", "eval")))

try:
    compile("1 +", "broken.py", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
try:
    compile("x = 1", "e", "eval")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec(compile("def f():\n    return 1 / 0\nf()", "failing.py", "exec"))
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(type(e).__name__, tb.tb_frame.f_code.co_filename, tb.tb_lineno)

def attempt(*args, **kwargs):
    try:
        print(compile(*args, **kwargs))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

attempt()
attempt("1")
attempt("1", "f")
attempt("1", "f", "bad")
attempt("1", 1, "exec")
attempt("1", "f", 1)
attempt(1, "f", "exec")
attempt("1", "f", "exec", 0, 0, 0, 0)
attempt("1", "f", "exec", flags=0x4000000)
attempt("1", "f", "exec", optimize=5)
attempt("1", "f", "exec", bogus=1)
c1 = compile("assert False, 'kept'", "a", "exec", optimize=0)
try:
    exec(c1)
except AssertionError as e:
    print("assert ran:", e)
exec(compile("assert False", "a", "exec", optimize=1))
print("assert skipped with optimize=1")
print(compile("1", filename="kw", mode="eval", dont_inherit=True).co_filename)
exec(compile("print(__debug__)", "d", "exec"))
