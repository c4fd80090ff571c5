# traceback objects: tb_next assignment (type and loop checks, no deletion) and TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)
import sys
def t(label, f):
    try: print(label, repr(f()))
    except Exception as e: print(label, type(e).__name__, e)
try:
    raise ValueError("x")
except ValueError as e:
    err = e
tb = err.__traceback__
T = type(tb)
t(1, lambda: (tb.tb_next, tb.tb_lineno, type(tb.tb_frame).__name__))
t(2, lambda: setattr(tb, "tb_next", 1))
t(3, lambda: setattr(tb, "tb_next", tb))
t(4, lambda: (setattr(tb, "tb_next", None), tb.tb_next))
t(5, lambda: delattr(tb, "tb_next"))
f = sys._getframe()
made = T(None, f, 4, 77)
t(6, lambda: (type(made).__name__, made.tb_next, made.tb_lasti, made.tb_lineno, made.tb_frame is f))
t(7, lambda: T(made, f, 2, 5).tb_next is made)
t(8, lambda: T(1, f, 0, 1))
t(9, lambda: T(None, 1, 0, 1))
for a in [(), (None, f, 0), (None, f, "a", 1), (None, f, 2**40, 1), (None,)]:
    t(10, lambda: T(*a))
t(11, lambda: T(tb_next=None, tb_frame=f, tb_lasti=6, tb_lineno=9).tb_lasti)
chain = T(None, f, 0, 3)
t(12, lambda: (setattr(made, "tb_next", chain), setattr(chain, "tb_next", made)))
t(13, lambda: (setattr(tb, "tb_next", made), tb.tb_next.tb_lineno, tb.tb_next.tb_next.tb_lineno))
try:
    raise KeyError("k").with_traceback(T(None, f, 0, 42))
except KeyError as e:
    t(14, lambda: (e.__traceback__.tb_lineno, e.__traceback__.tb_next.tb_lineno))
