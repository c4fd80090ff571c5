# What a trace function changes through frame.f_locals is copied back into the frame's
# variables after the trace function returns (CPython 3.11's PyFrame_LocalsToFast), and
# a variable removed from the dict becomes unbound. Each read of f_locals refreshes the
# dict from the variables first.
import sys

changes = {}


def tracer(frame, event, arg):
    if event == "line" and frame.f_code.co_name in changes:
        action = changes[frame.f_code.co_name].pop(frame.f_lineno - frame.f_code.co_firstlineno, None)
        if action:
            action(frame)
    return tracer


def set_x(frame):
    d = frame.f_locals
    d["x"] = 99
    d["new"] = "only in the dict"


def refreshed_between(frame):
    # Each f_locals read refreshes the dict, so the first store is undone by the second read.
    frame.f_locals["y"] = 1000
    frame.f_locals["z"] = 7


def delete_y(frame):
    del frame.f_locals["y"]


def target():
    x = 1
    y = 2
    print("x is", x)
    print("y is", y)
    try:
        print(y)
    except NameError as e:
        print("NameError:", e)
    print(sorted(locals()))


changes["target"] = {3: set_x, 4: refreshed_between, 5: delete_y}


def set_cell(frame):
    frame.f_locals["c"] = "changed cell"


def with_cell():
    c = "cell"

    def read():
        return c

    print(read())
    return read


changes["with_cell"] = {6: set_cell}


def set_free(frame):
    frame.f_locals["c"] = "changed from inside"


def outer():
    c = "outer's"

    def inner():
        print(c)
        print(c)

    return inner


changes["inner"] = {2: set_free}


def set_in_generator(frame):
    frame.f_locals["n"] = 40


def generator():
    n = 1
    yield n
    yield n + 2


changes["generator"] = {3: set_in_generator}

sys.settrace(tracer)
target()
with_cell()
f = outer()
f()
print(list(generator()))
sys.settrace(None)


def profiler(frame, event, arg):
    if event == "call" and frame.f_code.co_name == "profiled":
        frame.f_locals["a"] = "set by profile"


def profiled(a):
    return a


sys.setprofile(profiler)
print(profiled("argument"))
sys.setprofile(None)
