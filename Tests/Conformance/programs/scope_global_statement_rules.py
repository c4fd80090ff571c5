# How a `global` statement reaches other scopes: the module's own code treats the
# name as global too, and a class body's `global` does not reach its methods.

# exec with separate globals and locals: module-level stores of a name declared
# global in some nested function go to the globals.
src = """if 1:
    def f():
        y = 1
        def g():
            global y
            return y
        def h():
            return y + 1
        return g, h
    y = 9
    g, h = f()
    result9 = g()
    result2 = h()
"""
globals_ns = {}
locals_ns = {}
exec(src, globals_ns, locals_ns)
print(locals_ns["result9"], locals_ns["result2"])
print(sorted(k for k in globals_ns if k != "__builtins__"), sorted(locals_ns))

# A class-level `global x` leaves the enclosing function's x visible to methods.
src = """if 1:
    def test(x):
        class Foo:
            global x
            def __call__(self, y):
                return x + y
        return Foo()
    x = 0
    print(test(6)(2))
    x = -1
    print(test(3)(2))
"""
exec(src, {}, {})

# Samuele Pedroni's examples: a global statement in an intermediate function.
src = """if 1:
    x = 7
    def f():
        x = 1
        def g():
            global x
            def i():
                def h():
                    return x
                return h()
            return i()
        return g()
    print(f(), x)

    x = 7
    def f():
        x = 1
        def g():
            x = 2
            def i():
                def h():
                    return x
                return h()
            return i()
        return g()
    print(f(), x)

    x = 7
    def f():
        x = 1
        def g():
            global x
            x = 2
            def i():
                def h():
                    return x
                return h()
            return i()
        return g()
    print(f(), x)
"""
ns = {}
exec(src, ns, {})
print(ns["x"])

# The module-level name is stored and loaded as a global, not in the locals mapping.
src = """if 1:
    def setter():
        global counter
        counter = 5
    counter = 1
    setter()
    print(counter)
"""
g = {}
l = {}
exec(src, g, l)
print(g.get("counter"), "counter" in l)
