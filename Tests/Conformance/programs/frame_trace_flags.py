# frame.f_trace_lines and f_trace_opcodes: bool members a trace function may set (bools only, not deletable)
import sys
def t(label, f):
    try: print(label, repr(f()))
    except Exception as e: print(label, type(e).__name__, e)
fr = sys._getframe()
t(1, lambda: (fr.f_trace_lines, fr.f_trace_opcodes))
t(2, lambda: (setattr(fr, "f_trace_lines", False), setattr(fr, "f_trace_opcodes", True), fr.f_trace_lines, fr.f_trace_opcodes))
t(3, lambda: setattr(fr, "f_trace_lines", 1))
t(4, lambda: delattr(fr, "f_trace_opcodes"))
t(5, lambda: (type(type(fr).__dict__["f_trace_lines"]).__name__, type(type(fr).__dict__["f_trace_opcodes"]).__name__))
def inner():
    return sys._getframe()
g = inner()
t(6, lambda: (g.f_trace_lines, g.f_trace_opcodes, g.f_trace))
t(7, lambda: (setattr(g, "f_trace", len), g.f_trace))
class S:
    __slots__ = ()
t(8, lambda: type(type.__dict__["__weakrefoffset__"]).__name__)
