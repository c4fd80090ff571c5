# Weak reference callbacks: with proxies, raising (reported through sys.unraisablehook
# with the callback as the object), and __del__ running before the callbacks of
# references to its object, as CPython's reference counting orders them.
import gc
import sys
import weakref


class A:
    pass


events = []


def hook(unraisable):
    events.append(("unraisable", unraisable.exc_type.__name__, str(unraisable.exc_value),
                   unraisable.err_msg, unraisable.object.__name__))


def failing_callback(ref):
    raise KeyError("from callback")


def proxy_callback(p):
    events.append(("proxy callback", type(p).__name__))


def setup():
    a = A()
    return [weakref.ref(a, failing_callback), weakref.proxy(a, proxy_callback)]

sys.unraisablehook = hook
keep = setup()
gc.collect()
sys.unraisablehook = sys.__unraisablehook__
print(sorted(events))
events.clear()


class Finalized:
    def __del__(self):
        events.append("__del__")


def finalized():
    f = Finalized()
    return weakref.ref(f, lambda r: events.append("callback"))

r = finalized()
gc.collect()
print(events, r())
events.clear()

# Callbacks may create new references and collect again.
survivors = []


def chained(ref):
    b = A()
    survivors.append(weakref.ref(b, lambda r: events.append("inner")))

def outer():
    a = A()
    return weakref.ref(a, chained)

r2 = outer()
gc.collect()
gc.collect()
print(events, len(survivors), survivors[0]())
