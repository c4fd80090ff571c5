# A class body's `nonlocal __class__` writes the enclosing method's class cell, while
# the class's own methods still close over the new class's implicit cell.

class Outer:
    def method(self):
        __class__
        class Inner:
            nonlocal __class__
            __class__ = 42
            def f(self):
                return __class__
        return __class__, Inner().f() is Inner, "__classcell__" in Inner.__dict__

print(Outer().method())

class Reads:
    def method(self):
        class Inner:
            seen = __class__
            def f(self):
                return __class__
        return Inner.seen is Reads, Inner().f() is Inner

print(Reads().method())

try:
    exec("class X:\n    __class__\n    def f():\n        __class__", globals(), {})
except NameError as e:
    print(type(e).__name__, e)

# super()'s argument count, worded as the call and as __init__.
for call in (lambda: super(int, 1, 2), lambda: super.__init__(super(int, 1), int, 1, 2)):
    try:
        call()
    except TypeError as e:
        print(e)
