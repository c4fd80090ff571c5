# eval/exec: explicit globals and locals, __builtins__ injection, mode errors, return values, exec defining functions, compile modes
g = {"x": 10}
print(eval("x + 1", g), eval("x * y", g, {"y": 3}), "__builtins__" in g)
l = {}
exec("a = 1\nb = a + x\ndef f(): return b", g, l)
print(sorted(l), l["b"], sorted(k for k in g if k != "__builtins__"))
try:
    l["f"]()
except NameError as e:
    print(type(e).__name__, e)
ns = {}
exec("def sq(n): return n * n\nresult = [sq(i) for i in range(4)]", ns)
print(ns["result"], ns["sq"].__name__, ns["sq"].__globals__ is ns)
print(eval("len('abc')", {"__builtins__": {"len": len}}), eval("[i for i in range(3)]"))
try:
    eval("print('x')", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
print(exec("1 + 1"), eval("  7  "), eval("\n8\n".strip()), eval(compile("2 ** 10", "<c>", "eval")))
code = compile("for i in range(2): print('loop', i)", "<loop>", "exec")
exec(code)
s = compile("1 + 2", "<single>", "single"); exec(s)
for src, mode in [("x = 1", "eval"), ("1 +", "eval"), ("return 5", "exec"), ("yield 1", "exec"), ("1", "bogus")]:
    try:
        compile(src, "<t>", mode)
        print("compiled", repr(src))
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, e)
def local_exec():
    v = 1
    exec("v = 2; w = 3")
    return v
print(local_exec())
def see_locals():
    a, b = 1, 2
    return sorted(locals().items())
print(see_locals(), type(globals()).__name__, globals() is eval("globals()"))
class Mapping:
    def __getitem__(self, k):
        if k == "magic": return 42
        raise KeyError(k)
print(eval("magic + 1", {}, Mapping()))
try:
    eval("missing", {}, Mapping())
except NameError as e:
    print(type(e).__name__, e)
for bad in [lambda: eval(5), lambda: exec("x", 1), lambda: eval("1", {}, 1), lambda: eval("1", [])]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(eval(b"3 * 3"), eval("'unicode é'"), exec(compile("", "<e>", "exec")))
