# Every binary operator over ints (small, word-sized, big, negative), floats (zeros,
# infinities, NaN, extremes) and bools, with CPython's results and error messages.
operands = [0, 1, -1, 7, -3, 255, 2 ** 62, -2 ** 63, 2 ** 64 - 1, 10 ** 20, -(7 ** 60), 3 ** 100,
            0.5, -2.5, 3.0, 1e300, 5e-324, float("inf"), float("nan"), -0.0, True, False]
operators = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "<", "<=", "==", "!=", ">"]


def skipped(a, op, b):
    # Results of over 4300 digits cannot be printed; a negative number to a
    # fractional power is complex in CPython.
    if op in ("**", "<<") and type(b) is int and b > 64:
        return True
    return op == "**" and a < 0 and isinstance(b, float) and not b.is_integer()


for a in operands:
    for b in operands:
        for op in operators:
            if skipped(a, op, b):
                continue
            try:
                result = eval("a " + op + " b")
            except Exception as e:
                result = type(e).__name__ + ": " + str(e)
            print(repr(a), op, repr(b), "->", repr(result))

for a in operands:
    for f in ["-", "+", "~", "abs", "int", "float", "hash", "bool", "round"]:
        if f == "hash" and a != a:
            continue  # NaN hashes by identity
        try:
            result = eval(f + "(a)")
        except Exception as e:
            result = type(e).__name__ + ": " + str(e)
        print(f, repr(a), "->", repr(result))
