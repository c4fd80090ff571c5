import sys
def f(): return sys._getframe()
fr = f()
print(fr.f_lineno, fr.f_back.f_code.co_name, fr.f_locals, fr.f_trace, fr.f_code.co_name, type(fr).__name__)
def g():
    x = 1
    return sys._getframe(0), sys._getframe(1)
a, b = g()
print(a.f_back is b, b.f_code.co_name, a.f_locals, b.f_lineno, a.f_lineno)
try: sys._getframe(100)
except ValueError as e: print(e)
def caller():
    y = "local"
    return callee()
def callee():
    up = sys._getframe(1)
    return up.f_code.co_name, up.f_lineno, up.f_locals, up.f_globals is globals(), up.f_back.f_code.co_name
print(caller())
def gen():
    yield sys._getframe()
    yield 2
it = gen()
gf = next(it)
print(gf.f_code.co_name, gf.f_back, gf.f_lineno)
next(it)
print(gf.f_lineno)
try:
    def boom():
        z = 42
        1 / 0
    boom()
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next: tb = tb.tb_next
    print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_locals, tb.tb_lineno, tb.tb_frame.f_lineno, tb.tb_frame.f_back.f_code.co_name)
print(sys._getframe().f_back, sys._getframe().f_code.co_name)
print(repr(sys._getframe()).split(",")[1:])
