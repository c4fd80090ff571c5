# __del__ (PEP 442): run once, resurrection, exceptions reported through
# sys.unraisablehook, cycles, and generators closed when they die suspended. Objects die
# inside helper functions and gc.collect() runs before a death is observed.
import gc
import sys


log = []


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append("del " + self.name)


def report():
    print(sorted(log))
    log.clear()


def plain():
    Noisy("plain")

plain()
gc.collect()
report()


def cycle():
    a, b = Noisy("a"), Noisy("b")
    a.other, b.other = b, a

cycle()
print(gc.collect() >= 2)
report()

# Resurrection: the finalizer stores its object; it lives on and is not finalized again.
saved = []


class Phoenix:
    def __del__(self):
        log.append("phoenix finalized")
        saved.append(self)


def rise():
    p = Phoenix()
    p.me = p

rise()
gc.collect()
report()
print(len(saved), type(saved[0]).__name__, gc.is_finalized(saved[0]))
saved.clear()
gc.collect()
report()

# An exception in __del__ goes to sys.unraisablehook with the method as the object.
def hook(unraisable):
    print("unraisable:", unraisable.exc_type.__name__, unraisable.exc_value, unraisable.err_msg,
          unraisable.object.__qualname__)

sys.unraisablehook = hook


class Fails:
    def __del__(self):
        raise ValueError("boom")


def failing():
    Fails()

failing()
gc.collect()
sys.unraisablehook = sys.__unraisablehook__

# A generator suspended in try/finally or with is closed when it dies.
class Manager:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        log.append("exit " + exc[0].__name__)
        return False


def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        log.append("finally")


def gen_with():
    with Manager():
        yield 1


def gen_plain():
    yield 1


def abandon():
    for g in (gen_finally(), gen_with(), gen_plain()):
        next(g)
    unstarted = gen_finally()

abandon()
gc.collect()
report()

# An exhausted generator has nothing to close.
def exhaust():
    g = gen_finally()
    print(list(g))

exhaust()
gc.collect()
report()

# A generator that ignores GeneratorExit: reported, as CPython does.
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

def abandon_stubborn():
    g = stubborn()
    next(g)

sys.unraisablehook = lambda u: print("unraisable:", u.exc_type.__name__, u.exc_value)
abandon_stubborn()
gc.collect()
sys.unraisablehook = sys.__unraisablehook__

# Objects still in module globals are finalized at exit.
survivor = Noisy("survivor")
survivor.__class__.__del__ = lambda self: print("finalized at exit:", self.name)
print("end")
