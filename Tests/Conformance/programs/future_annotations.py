# from __future__ import annotations (PEP 563): annotations become their source text,
# written back as CPython's unparser writes them
from __future__ import annotations

import sys


def f(a: int, b: list[int] = [], *args: tuple[str, ...], c: "quoted" = 1, **kw: dict[str, int | None]) -> Foo:
    return a


print(f.__annotations__)
print(f(1))

x: undefined_name
y: int = 5
z: List[Dict[str, Tuple[int, ...]]] = None
print(__annotations__)


class C:
    attr: ClassVar[int] = 0
    other: C
    __private: Secret

    def method(self, other: C) -> C | None:
        return None


print(C.__annotations__)
print(C.method.__annotations__)

shapes = [
    "a + b * c", "(a + b) * c", "a ** b ** c", "(a ** b) ** c", "-a ** b", "(-a) ** b", "not a and b or c",
    "a and (b or c)", "a if b else c", "(a if b else c) if d else e", "lambda: 1", "lambda x, y=2, *z, w, v=3, **k: x",
    "lambda x, /, y: x", "lambda *a: a", "lambda *, k: k", "[1, 2, *rest]", "(1,)", "()", "(a, b)", "{1: 2, **d}", "{1, 2}",
    "[i for i in range(3) if i if not i]", "{k: v for k, v in items}", "(x for x in y)", "f(x for x in y)", "f(*a, b=1, **c)",
    "a[1:2, ::3]", "a[b, c]", "a[()]", "a[:]", "a.b.c", "(1).real", "1.5.real", "'s'", "u'unicode'", "b'bytes'", "1e309",
    "1e309j", "2j", "...", "None", "True", "10 ** 100", "0x1f", "1_000", "3.14", "f'{x!r:>{width}} {y}'", "f'{{literal}}'",
    "f'{ {1: 2}[1] }'", "a < b <= c != d", "a is not b", "a not in b", "~a", "+a", "a @ b", "a // b % c", "a << b >> c",
    "a | b & c ^ d", "[*a, *b]", "a[*b]", "a[*b, c]", "a[b:c, *d]", "a[b, (*c,)]", "lambda: (yield)",
    "[await x for x in y]", "f(a)(b)[c].d", "(a, b)[0]", "(lambda: 1)()", "(a if b else c).d", "(not a).b",
    "[x async for x in y]", "{**a, 'b': 1}", "-1", "- -a", "not not a", "a.b[1:2:3]", "f(*[1], **{})",
]
for text in shapes:
    namespace = {}
    exec(f"from __future__ import annotations\ndef g() -> {text}: pass", namespace)
    print(f"{text!r:40} -> {namespace['g'].__annotations__['return']!r}")


def uses_locals():
    local_type = int

    def inner(v: local_type) -> local_type:
        return v

    return inner


print(uses_locals().__annotations__)
print(uses_locals().__code__.co_freevars, uses_locals.__code__.co_cellvars)
for source in ("def g() -> (yield): pass", "def g(a: (yield from x)): pass", "async def g(a: await x): pass",
               "def g(a: (b := 1)): pass", "x: (yield)", "def f():\n    x: (await y)", "def g() -> [x for x in (yield)]: pass",
               "def g() -> [(yield) for x in y]: pass", "def g() -> {(yield) for x in y}: pass", "def g() -> ((yield) for x in y): pass"):
    try:
        exec("from __future__ import annotations\n" + source, {})
        print("compiles:", source)
    except SyntaxError as e:
        print(f"{e.msg!r} line {e.lineno} offset {e.offset} end {e.end_lineno}:{e.end_offset}")
print(f.__code__.co_flags & 0x1000000 != 0)
exec("def h(a: int): pass\nprint('exec inherits the future:', h.__annotations__)")
print(eval("(lambda: 1).__code__.co_flags & 0x1000000 != 0"))


def no_evaluation():
    v: this_name_is_never_looked_up = 1
    print("function-level annotations are never evaluated:", v)


no_evaluation()
obj = C()
obj.attr2: undefined.attribute.chain = 3
print(obj.attr2)
(parenthesized): int = 4
print("non-simple targets are not recorded:", "parenthesized" in __annotations__)
