# Implicit chaining walks the handled exception's __context__ chain to break the
# cycle the new exception would close; a chain that already loops must not hang it.

def self_cycle():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)

try:
    self_cycle()
except Exception as e:
    print(type(e).__name__, type(e.__context__).__name__, e.__context__.__context__ is e.__context__)


def longer_cycle(n):
    excs = [KeyError(i) for i in range(n)]
    for a, b in zip(excs, excs[1:] + excs[:1]):
        a.__context__ = b
    try:
        raise excs[0]
    except KeyError:
        raise IndexError("new")

for n in (2, 3, 7):
    try:
        longer_cycle(n)
    except IndexError as e:
        c = e.__context__
        print(n, type(c).__name__, c.args, c.__context__.args)


# Raising an exception that is already in the chain cuts the chain there.
a, b, c = ValueError("a"), ValueError("b"), ValueError("c")
b.__context__ = c
c.__context__ = a
try:
    try:
        raise b
    except ValueError:
        raise a
except ValueError as e:
    print(e is a, e.__context__ is b, b.__context__ is c, c.__context__)
