# closures: cells shared between functions, late binding, cell contents, nonlocal counters and class scope
def make_pair():
    value = 0
    def get():
        return value
    def set(v):
        nonlocal value
        value = v
    return get, set

get, set_ = make_pair()
set_(42)
print(get(), get.__closure__[0].cell_contents, get.__code__.co_freevars, make_pair.__code__.co_cellvars)

def late():
    funcs = []
    for i in range(3):
        funcs.append(lambda: i)
    return [f() for f in funcs]

def bound_now():
    return [(lambda i=i: i)() for i in range(3)]

def via_factory():
    def make(i):
        return lambda: i
    return [make(i)() for i in range(3)]
print(late(), bound_now(), via_factory())

def accumulator(start):
    total = start
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = accumulator(10)
print(acc(1), acc(2), acc(3))
acc2 = accumulator(0)
print(acc2(5), acc(0))

def deep():
    a = 1
    def level1():
        b = 2
        def level2():
            c = 3
            def level3():
                return a + b + c
            return level3
        return level2()
    return level1()()
print(deep())

def empty_cell():
    def inner():
        return x
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    try:
        inner.__closure__[0].cell_contents
    except ValueError as e:
        print(type(e).__name__, e)
    x = "now set"
    return inner()
print(empty_cell())

class Outer:
    attr = "class attr"
    def method(self):
        return attr_lookup()
def attr_lookup():
    try:
        return attr
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(Outer().method())

def counter():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
c = counter()
c(); c()
print(c(), c.__closure__[0].cell_contents)
print(print.__class__.__name__, (lambda: 0).__closure__)
