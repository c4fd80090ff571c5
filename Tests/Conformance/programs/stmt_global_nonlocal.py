# global and nonlocal declarations, their interaction with nested scopes and errors
counter = 0

def bump():
    global counter
    counter += 1
    return counter

bump(); bump()
print(counter)

def make_global():
    global created
    created = "made"

make_global()
print(created)

def outer():
    x = "outer"
    def middle():
        nonlocal x
        x = "middle"
        def inner():
            nonlocal x
            x += "+inner"
            return x
        return inner()
    r = middle()
    return x, r

print(outer())

def counter_factory():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get():
        return n
    return inc, get

inc, get = counter_factory()
inc(); inc(5)
print(get())

x = "module"
def shadow():
    x = "local"
    def g():
        global x
        return x
    return g()
print(shadow())

def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    y = 1

unbound()

def free_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 2
    return inner()

print(free_unbound())

for src in ["def f():\n    nonlocal q\n",
            "nonlocal q\n",
            "def f(a):\n    global a\n",
            "def f():\n    x = 1\n    global x\n",
            "def f():\n    print(x)\n    nonlocal x\n"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)

class C:
    global from_class
    from_class = 42
    attr = counter
print(from_class, C.attr)

def uses_class_scope():
    v = "func"
    class K:
        v = "class"
        w = v
        def m(self):
            return v
    return K.w, K().m()
print(uses_class_scope())

def del_global():
    global counter
    del counter
del_global()
try:
    counter
except NameError as e:
    print(e)
