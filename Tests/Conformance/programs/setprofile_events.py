# sys.setprofile: call/return for Python frames, c_call/c_return/c_exception for builtin functions and methods (len, list methods, raising builtins), generators, profile function raising
import sys

def show(arg):
    return getattr(arg, "__qualname__", arg)

def profiler(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno, show(arg) if event.startswith("c_") else repr(arg))
    return "ignored"

def work(items):
    items.append(len(items))
    items.sort(key=abs)
    try:
        items.index(99)
    except ValueError:
        pass
    try:
        int("x")
    except ValueError:
        pass
    return sorted(items)

def gen():
    yield 1
    yield 2

def fails():
    raise KeyError("k")

sys.setprofile(profiler)
work([3, -1])
print(sys.getprofile() is profiler)
list(gen())
max(*[1, 2])
"a-b".split(*["-"])
try:
    fails()
except KeyError:
    pass
sys.setprofile(None)
print(sys.getprofile())

def broken(frame, event, arg):
    print("broken", event, frame.f_code.co_name)
    if event == "c_call":
        raise ValueError("profiler failed")

sys.setprofile(broken)
try:
    len([])
except ValueError as e:
    print("caught", e, sys.getprofile())

def both(frame, event, arg):
    print("trace", event, frame.f_code.co_name)
    return both
def profile_too(frame, event, arg):
    print("profile", event, frame.f_code.co_name)
sys.settrace(both)
sys.setprofile(profile_too)
work([1])
sys.setprofile(None)
sys.settrace(None)
