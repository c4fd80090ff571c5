# global, nonlocal, closures, class scopes and name mangling
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)

def make():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    def reset():
        nonlocal items
        items = []
    return add, reset, lambda: items
add, reset, get = make()
add(1); add(2)
print(get())
reset()
print(get(), add(3), get())

x = "global"
class Scoped:
    x = "class"
    values = [x for _ in range(2)]
    def method(self):
        return x
print(Scoped.values, Scoped().method(), Scoped.x)

class Private:
    def __init__(self):
        self.__secret = 42
    def reveal(self):
        return self.__secret
p = Private()
print(p.reveal(), p._Private__secret, sorted(vars(p)))
try:
    p.__secret
except AttributeError as e:
    print("AttributeError:", e)

def outer():
    v = 1
    def middle():
        def inner():
            return v
        return inner()
    return middle()
print(outer())
