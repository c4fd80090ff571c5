# uncaught SyntaxError raised by exec of a generated source; the caret line of the compiled text
lines = ["def generated(x):", "    return x +* 2"]
print("compiling", len(lines), "lines")
exec("\n".join(lines))
