# A for loop over an iterator whose Python __next__ raises StopIteration: CPython 3.11
# reports an 'exception' event in the looping frame (FOR_ITER's call_exc_trace) after
# the one in __next__; a generator or a builtin iterator that just ends reports none,
# and neither do consumers other than for (list(), unpacking).
import sys


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("done")
        self.n -= 1
        return self.n


def gen():
    yield 1


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("loop", "__next__", "gen", "<listcomp>"):
        shown = arg if event != "exception" else (arg[0].__name__, arg[1].args, arg[2] is not None)
        print(frame.f_code.co_name, event, frame.f_lineno, shown)
    return tracer


def loop():
    for v in Countdown(2):
        pass
    for w in gen():
        pass
    for z in iter([1]):
        pass
    total = [x for x in Countdown(1)]
    a, = Countdown(1)
    return list(Countdown(1)), total, a


sys.settrace(tracer)
print(loop())
sys.settrace(None)
