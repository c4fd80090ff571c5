# uncaught ZeroDivisionError inside a nested arithmetic expression: the binary-operator anchors point at "/"
def mean(values):
    return sum(values) / len(values)

def spread(values):
    m = mean(values)
    return (max(values) - m) / (m - min(values))

print(spread([1, 2, 6]))
print(spread([5, 5, 5]))
