# With several compile-time errors, the first in source order is reported, whichever
# compiler pass finds it.
SOURCES = [
    "async for x in y: pass\n(yield)\n",
    "match a:\n    case C(x) | None: pass\n(yield)\n",
    "(yield)\nasync for x in y: pass\n",
    "class C:\n    x = yield 1\n",
    "def f():\n    class C:\n        yield from g\n",
    "return\n(yield)\n",
    "(yield)\nreturn\n",
    "await x\n(yield)\n",
    "[(yield) for x in y]\n",
    "def f():\n    nonlocal q\n(yield)\n",
]
for source in SOURCES:
    try:
        compile(source, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
