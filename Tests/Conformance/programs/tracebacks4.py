# uncaught exception in binary operations: the ~ and ^ anchors under each operand, multi-line expressions
def compute(a, b):
    x = a * 2
    y = (x +
         b)
    return x / (y - y)
print(compute(1, 2) if False else "ok")
result = compute(3, 4) + 1
