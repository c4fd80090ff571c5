# SyntaxErrors found after parsing (symbol table, compiler) and by the parser, through exec
for src in ["match x:\n case y: pass\n case 1: pass", "match x:\n case _: pass\n case 1: pass", "def f():\n    nonlocal q", "return 5", "f(a=1, a=2)", "x = (", "break", "await x", "def f():\n    await x", "def f():\n    async for x in y: pass", "def f():\n    async with y: pass"]:
    try:
        compile(src, "<test>", "exec") if False else exec(src)
    except SyntaxError as e:
        print(type(e).__name__, e, "|", e.msg, e.lineno, e.offset)
