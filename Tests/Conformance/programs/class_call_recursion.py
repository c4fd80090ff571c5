# __call__ found on an instance of the class itself recurses without end: a
# RecursionError, never a native stack overflow.
class A:
    pass


A.__call__ = A()
a = A()
try:
    a()
except RecursionError as e:
    print("RecursionError:", e)
try:
    a(1, key=2)
except RecursionError as e:
    print("RecursionError:", e)


# A property as a comparison method whose getter raises AttributeError counts as no
# method (CPython's slot_tp_richcompare), so == falls back to identity.
def booh(self):
    raise AttributeError("booh")


class E:
    __eq__ = property(booh)
    __lt__ = property(booh)


x = E()
print(x == E(), x == x, x != E())
try:
    x < E()
except TypeError as e:
    print("TypeError:", e)


class F:
    def fail(self):
        raise ValueError("getter failed")

    __eq__ = property(fail)


try:
    F() == F()
except ValueError as e:
    print("ValueError:", e)
