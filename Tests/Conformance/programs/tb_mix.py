# uncaught exception chain through a comprehension, a lambda, a class body, a genexpr, a decorator wrapper and __init__
def deco(fn):
    def wrapper(*a):
        return fn(*a)
    return wrapper
class Widget:
    def __init__(self, size):
        self.size = int(size)
@deco
def build(sizes):
    return [Widget(s) for s in sizes]
try:
    build(["1", "two"])
except ValueError:
    try:
        total = sum(x["k"] for x in [{"k": 1}, {}])
    except KeyError:
        try:
            class Bad:
                attr = (lambda: [][3])()
        except IndexError:
            values = {"a": 1}
            print(values["a"] + values.get("b"))
