# code objects: co_code/co_lines/co_positions consistency, the CPython-format tables, _varname_from_oparg,
# replace() with its conversions and errors, equality and hashing, tb_lasti in bytes; function(code, globals, ...)
def f(a, b=2):
    x = a + b
    try:
        y = x / 0
    except ZeroDivisionError:
        y = None
    return y
c = f.__code__
print(type(c.co_code).__name__, len(c.co_code) % 2, len(list(c.co_positions())) * 2 == len(c.co_code))
lines = list(c.co_lines())
print(lines[0][0], lines[-1][1] == len(c.co_code), {1, 3, 4, 5, 6} <= {l - c.co_firstlineno for _, _, l in lines if l})
print(all(s < e for s, e, _ in lines), all(lines[i][1] == lines[i + 1][0] for i in range(len(lines) - 1)))
print(type(c.co_linetable).__name__, type(c.co_exceptiontable).__name__, len(c.co_exceptiontable) % 4 == 0 if c.co_exceptiontable else None)
print(c.co_lnotab[1::2] if False else type(c.co_lnotab).__name__)
print(c._varname_from_oparg(0), c._varname_from_oparg(oparg=1), c._varname_from_oparg(True))
for bad in (lambda: c._varname_from_oparg(99), lambda: c._varname_from_oparg(-1), lambda: c._varname_from_oparg("a"), lambda: c._varname_from_oparg(), lambda: c._varname_from_oparg(2**40)):
    try: bad()
    except Exception as e: print(type(e).__name__, e)
g = c.replace(co_name="g", co_filename="other.py", co_qualname="q")
print(g.co_name, g.co_filename, g.co_qualname, c.co_name, g == c, c == f.__code__, hash(c) == hash(f.__code__))
import sys
def h(): return sys._getframe().f_lineno
h2 = type(h)(h.__code__.replace(co_firstlineno=h.__code__.co_firstlineno + 100), globals())
print(h2() - h(), h2.__code__.co_firstlineno - h.__code__.co_firstlineno)
print(list(h2.__code__.co_lines())[-1][2] - list(h.__code__.co_lines())[-1][2])
v = c.replace(co_varnames=("p", "q", "r", "s"))
print(v.co_varnames, type(f)(v, {})(1, 2), v.co_argcount)
k = (lambda: 21).__code__
k2 = k.replace(co_consts=tuple(x * 2 if type(x) is int else x for x in k.co_consts))
print(type(f)(k2, {})())
for bad in [lambda: c.replace(1), lambda: c.replace(co_name=1), lambda: c.replace(co_argcount="a"), lambda: c.replace(co_names=[1]),
            lambda: c.replace(co_names=(1,)), lambda: c.replace(co_varnames=("a", "b")), lambda: c.replace(co_argcount=-1),
            lambda: c.replace(co_bad=1), lambda: c.replace(co_consts=[1]), lambda: c.replace(co_code="x"), lambda: c.replace(co_flags=-1),
            lambda: c.replace(co_firstlineno=2**40), lambda: c.replace(co_nlocals=5), lambda: c.replace(co_code=c.co_code).co_name,
            lambda: c.replace(co_linetable=c.co_linetable, co_exceptiontable=c.co_exceptiontable) == c]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print((lambda: 1).__code__ == (lambda: 1).__code__, (lambda: 1).__code__ == (lambda: 1.0).__code__)
a1 = lambda: 1; a2 = lambda: True; a3 = lambda: 1
print(a1.__code__ == a2.__code__, a1.__code__ == a3.__code__)
try:
    1/0
except ZeroDivisionError as e:
    print(e.__traceback__.tb_lasti % 2, e.__traceback__.tb_lasti == e.__traceback__.tb_frame.f_lasti)

ModuleLike = type(sys)
FunctionType = type(f)
def outer():
    x = 1
    def inner(): return x
    return inner
inner = outer()
def closure(v):
    return (lambda: v).__closure__[0]
def g(a=1): return a
tests = [lambda: FunctionType(), lambda: FunctionType(1, {}), lambda: FunctionType(g.__code__, 1), lambda: FunctionType(g.__code__, {}, 1),
         lambda: FunctionType(g.__code__, {}, "n", 5), lambda: FunctionType(inner.__code__, {}), lambda: FunctionType(inner.__code__, {}, None, None, (1,)),
         lambda: FunctionType(g.__code__, {}, closure=(1,)), lambda: FunctionType(inner.__code__, {}, None, None, (closure(5),))(),
         lambda: FunctionType(g.__code__, {}, "n", (7,))(), lambda: FunctionType(g.__code__, {}, "n").__name__,
         lambda: FunctionType(g.__code__, {"__name__": "mod"}).__module__, lambda: FunctionType(g.__code__, {}, None, ()).__defaults__,
         lambda: FunctionType(inner.__code__, {}, None, None, (closure(5), closure(5))),
         lambda: FunctionType(code=g.__code__, globals={}, argdefs=(3,))(), lambda: FunctionType(g.__code__, {}, bad=1),
         lambda: FunctionType((lambda: len("ab")).__code__, {})(), lambda: FunctionType((lambda: len("abc")).__code__, {"__builtins__": sys.modules["builtins"]})()]
for t in tests:
    try: print(repr(t()))
    except Exception as e: print(type(e).__name__, e)
