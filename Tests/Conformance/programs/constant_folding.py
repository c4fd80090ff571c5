# Constant folding as CPython 3.11's AST optimiser and flow-graph pass do it, seen through
# co_consts: what folds, what is too big to fold, what stays a run-time error.

def consts(f):
    # Nested code objects print their name only: their addresses differ between runs.
    code = getattr(f, "__code__", f)
    return tuple(c.co_name if hasattr(c, "co_code") else c for c in code.co_consts)

def arithmetic():
    return 1 + 2, 7 - 10, 6 * 7, 7 / 2, 7 // 2, 7 % 3, 2 ** 10, 1 << 5, 256 >> 2, 6 & 3, 6 | 3, 6 ^ 3

def unary():
    return -1, +2, ~3, not 0, not "x", -0.0, -(0.0), +True, -True, ~False, -1.5, -2j

def floats_and_complex():
    return 0.1 + 0.2, 1 + 2j, 3 - 1j, 2.5 * 2, 1e308 * 10, 2 ** 0.5, (-8) ** (1 / 3), 10 / 4

def sizes():
    # Ints over 128 bits, sequences over 256 items and strings over 4096 are built at run time.
    return 2 ** 64, 2 ** 128, 3 ** 80, 1 << 127, 1 << 128, 2 ** 127 * 2, 2 ** 64 * 2 ** 63, 2 ** 64 * 2 ** 65

def sequence_sizes():
    return [len(c) if isinstance(c, (str, bytes, tuple)) else c for c in consts(_sequence_sizes)]

def _sequence_sizes():
    return ((1,) * 256, (1,) * 257, ((1, 2),) * 128, ((1, 2, 3, 4, 5, 6, 7),) * 200, "a" * 4096, "a" * 4097,
            b"x" * 4096, b"x" * 4097, "ab" * 2048, "ab" * 2049, 3 * "xyz", (1, 2) * -1, (1, 2) * 0, "a" * 4096 + "b")

def errors_stay():
    # Raising operations are left for run time, where they raise.
    return 1 / 0, 1 // 0, 1 % 0, 1 << -1, "a" + 1, (1,)[5], 2 ** -1, 0 ** -1

def subscripts():
    return "abc"[1], (10, 20, 30)[-1], b"xyz"[0], "hello"[1:3], (1, 2, 3)[::2], {"a": 1}["a"]

def tuples(a):
    x = (1, 2, (3, 4), ("a", None, ...))
    y = (a, 1, 2)
    z = ()
    return x, y, z, ((1,),), (1, a)

def displays(a):
    return [1, 2, 3], {4, 5, 6}, [7, 8], {9, 10}, [a, 11, 12], [13, *a, 14], {"k": 15, "l": 16}

def containment(a):
    return a in [1, 2, 3], a not in {4, 5}, a in [a, 6], a in (7, 8), 1 < a in [9], a in [*"ab"]

def loops(a):
    for x in [1, 2, 3]:
        pass
    for y in [a, 4]:
        pass
    for z in {5, 6}:
        pass
    return [i for i in [7, 8]], {j for j in {9, 10}}, list(k for k in [11, 12] if k in [13, 14])

def negated(a, b):
    return not a in b, not a not in b, not a is b, not a is not b, not a == b, not a < b, not (a in b in b)

def debug():
    if __debug__:
        return "debug"
    return "no debug"

def dead_if():
    if 0:
        return "dead"
    return "live"

def dead_else():
    if 1:
        return "one"
    else:
        return "other"

def after_return():
    x = "kept"
    return x
    y = "trailing"
    return y

def while_true():
    while True:
        return "w"

def while_one():
    while 1:
        pass

def percent_format(a, b):
    return "%s-%r-%a" % (a, b, a), "%5s|%-5s|%.2s" % (a, b, a), "%d" % (a,), "%s" % a, "%s %s" % (a,), "%%" % ()

def run_format(a, b):
    return "%s-%r-%a" % (a, b, b), "[%5s|%-5s|%.2s]" % (a, b, "xyz"), "100%% %s" % (a,)

def docstring_folded():
    "do" "c"
    return 1

def not_docstring():
    "do" + "c"
    return 1

def defaults(a=1, b=(2, 3), c="s", *, d=4):
    return a

def patterns(x):
    match x:
        case -1: return "minus one"
        case 1 + 2j: return "complex"
        case {"k": 1, "l": 2}: return "mapping"
        case (1, 2): return "pair"
    return None

for f in (arithmetic, unary, floats_and_complex, sizes, errors_stay, subscripts, tuples, displays, containment,
          loops, negated, debug, dead_if, dead_else, after_return, while_true, while_one, percent_format,
          docstring_folded, not_docstring, defaults, patterns):
    print(f.__name__, consts(f))
print("sequence sizes", sequence_sizes())

print(arithmetic(), unary(), floats_and_complex(), sizes())
for expr in ("1 / 0", "1 // 0", "1 % 0", "1 << -1", "'a' + 1", "(1,)[5]", "0 ** -1"):
    try:
        eval(expr)
    except Exception as e:
        print(expr, type(e).__name__, e)
print(subscripts(), tuples(0), displays([0]), containment(2))
print(loops(1), negated("a", "abc"), debug(), dead_if(), dead_else(), after_return(), while_true())
print(percent_format.__code__.co_consts[1:4] and "%s-%r-%a|%5s|%-5s|%.2s" % ("x", "y", "é", "a", "b", "xyz"))
print(run_format("x", "é"), docstring_folded.__doc__, not_docstring.__doc__)
print(defaults.__defaults__, defaults.__kwdefaults__, [patterns(v) for v in (-1, 1 + 2j, {"k": 1, "l": 2}, (1, 2), 0)])
# A set display of constants is a frozenset constant, which decides the order it iterates in.
print({"a", "b", "c", "d", "e"}, {3, 1, 2}, [x for x in {"p", "q", "r", "s"}])
print(consts(compile("x = 2 * 3\ny = -x\nz = (x, 'a' * 3)", "<folding>", "exec")))
print(consts(compile("(1, 2) + (3,)", "<folding>", "eval")), eval("(1, 2) + (3,)"))
# A comprehension's iterated list is a tuple even when `async for` iterates it (not so for
# an `async for` statement).
async def iterate():
    return [x async for x in [1, 2]]
try:
    iterate().send(None)
except TypeError as e:
    print(e)
