# An uncaught exception: the traceback with position markers, chained context, status 1
def divide(a, b):
    return a / b

def average(values):
    return divide(sum(values), len(values))

print(average([1, 2, 3]))
try:
    average([])
except ZeroDivisionError:
    items = {"a": 1}
    print(items["b"])
