# locals() in a function: one dict per frame (the frame's f_locals), refreshed from the
# variables on every call, so names only the dict holds, such as those exec stores,
# stay in it; unbound variables leave it.
import sys


def same_dict():
    a = 1
    first = locals()
    b = 2
    second = locals()
    print(first is second, sorted(first), first is sys._getframe().f_locals)
    del a
    print(sorted(locals()), "a" in first)
    first["extra"] = "kept"
    print(sorted(locals()))


same_dict()


def exec_stores():
    exec("w = 3")
    print("w" in locals(), locals()["w"])
    exec("w = w + 1")
    print(locals()["w"])
    # A variable of the function is refreshed from the frame, not from what exec set.
    v = 1
    exec("v = 100")
    print(v, locals()["v"])


exec_stores()


def cells_and_frees(x):
    y = x

    def inner():
        return y + x

    print(sorted(k for k in locals()), locals()["y"])
    return inner


print(cells_and_frees(5)())


def unbound_cell():
    print(sorted(locals()))
    c = 1

    def use():
        return c

    print(sorted(locals()))
    del c
    print(sorted(locals()))


unbound_cell()


def ended_frame():
    frame = sys._getframe()
    q = 1
    return frame, frame.f_locals


frame, seen = ended_frame()
print(frame.f_locals is seen, sorted(seen))


def in_generator():
    n = 0
    d = locals()
    yield d
    n = 5
    yield locals()


g = in_generator()
d1 = next(g)
d2 = next(g)
print(d1 is d2, d2["n"], g.gi_frame.f_locals is d1)


def vars_and_dir():
    k = 1
    print(vars() is locals(), dir())


vars_and_dir()


class Body:
    x = 1

    def method(self):
        return __class__

    print(sorted(locals()), locals() is locals())
