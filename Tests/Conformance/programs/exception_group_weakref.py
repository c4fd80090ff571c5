# weak references to ExceptionGroup instances (and its subclasses), which CPython's class-statement-made ExceptionGroup allows
import _weakref, gc
for e in [ValueError(), ExceptionGroup('m', [ValueError()]), BaseExceptionGroup('m', [KeyboardInterrupt()])]:
    try: print(type(e).__name__, type(_weakref.ref(e)).__name__)
    except TypeError as x: print(x)
def made(cls, *args):
    e = cls(*args)
    r = _weakref.ref(e)
    print(r() is e, e.__weakref__ is r, type(e).__name__)
    return r
r = made(ExceptionGroup, 'm', [ValueError(1)]); gc.collect(); print(r())
print(ExceptionGroup.__weakrefoffset__ > 0, BaseExceptionGroup.__weakrefoffset__)
class EG(ExceptionGroup):
    pass
r2 = made(EG, 'n', [TypeError()]); gc.collect(); print(r2())
print(EG('n', [TypeError()]).exceptions, EG.__weakrefoffset__ == ExceptionGroup.__weakrefoffset__)
try:
    raise ExceptionGroup("g", [ValueError(2)])
except* ValueError as e:
    print("caught", repr(e), type(_weakref.ref(e)).__name__)
print(sorted(set(vars(ExceptionGroup)) - {"__init__"}))
