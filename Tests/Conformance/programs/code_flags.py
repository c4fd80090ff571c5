# co_flags of the kinds of code CPython 3.11 compiles (3.11 no longer sets CO_NOFREE).
import sys


def plain(a, b=1):
    return a + b


def star(*args, **kwargs):
    return args, kwargs


def outer():
    x = 1

    def inner():
        return x

    return inner


def gen():
    yield 1


async def coro():
    return 1


async def agen():
    yield 1


lam = lambda: 0
comp = [c for c in range(2)]
namespace = {}
exec("def dynamic(): return 1", namespace)
for f in (plain, star, outer, outer(), gen, coro, agen, lam, namespace["dynamic"]):
    print(f.__name__, f.__code__.co_flags, bin(f.__code__.co_flags))
print(sys._getframe().f_code.co_flags)
