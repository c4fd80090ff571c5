# gc-stress-interval: 50 (imports ast, whose enum and contextlib imports take many minutes to load when every allocation collects)
# ast.literal_eval: the literals it accepts and the errors for the rest.
import ast

GOOD = ["1", "-1", "+2.5", "0x10", "1_000", "1e3", "3j", "1+2j", "-1-2j", "'s'", "b'b'", "u'u'", "'a' 'b'",
        "None", "True", "False", "...", "()", "(1,)", "[1, [2, 3]]", "{'a': 1, 2: [3]}", "{1, 2}", "set()",
        "  42", "\t[1]", "(1, 'two', 3.0, None, (True,))", "{}", "-0.0", "10**0" if False else "7"]
for src in GOOD:
    print(repr(src), "->", repr(ast.literal_eval(src)))

BAD = ["x", "1 + x", "f()", "[x for x in y]", "{**d}", "2 ** 3", "-'s'", "1 + 'a'", "a.b", "lambda: 0",
       "(1, x)", "{1: x}", "set([1])", "1 +", "1 if 2 else 3", "+True", "()()"]
for src in BAD:
    try:
        print(repr(src), "->", repr(ast.literal_eval(src)))
    except (ValueError, SyntaxError, TypeError) as e:
        print(repr(src), "->", type(e).__name__, str(e).split(" at 0x")[0])

# Trees as well as strings.
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
print(ast.literal_eval(ast.Constant(5)))
print(ast.literal_eval(ast.Tuple([ast.Constant(1), ast.UnaryOp(ast.USub(), ast.Constant(2))], ast.Load())))
