# errors found by the compiler through exec/compile: nonlocal/global misuse, return/yield outside function, duplicate args, starred misuse, del/assign to literals
cases = [
    "def f():\n    x = 1\n    global x",
    "def f(a):\n    global a",
    "nonlocal x",
    "def f():\n    def g():\n        nonlocal zz\n",
    "yield 1", "x = 1\ndef g():\n    print(x)\n    global x",
    "class C:\n    return 1",
    "def f(a, a): pass",
    "f(**x, *y)",
    "*a = [1]",
    "del 1",
    "1 = x",
    "f() = 1",
    "x + 1 += 2",
    "continue",
    "for x in y:\n    def f():\n        break",
    "lambda: (yield)",
    "def f():\n    x: int = 1\n    global x",
    "print(x for x in y, 1)",
    "[x for x in () for y in () if (z := 3) for x in ()]",
    "[(i := 1) for i in range(3)]",
    "def f(*, **k): pass",
    "def f(a=1, b): pass",
    "f(a=1, 2)",
    "True = 1",
    "x = yield = 1",
]
for src in cases:
    try:
        exec(src, {})
        print("compiled", repr(src))
    except SyntaxError as e:
        print(f"{e.msg} | line {e.lineno} offset {e.offset} | {src!r}")
