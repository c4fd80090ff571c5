# sys.settrace: 'exception' events with (type, value, traceback), caught and uncaught in nested frames, re-raises, finally
import sys

def tracer(frame, event, arg):
    if event == "exception":
        kind, value, tb = arg
        print(event, frame.f_code.co_name, frame.f_lineno, kind.__name__, value, type(tb).__name__, tb.tb_lineno)
    else:
        print(event, frame.f_code.co_name, frame.f_lineno, repr(arg) if event == "return" else "")
    return tracer

def fail(n):
    if n == 0:
        raise ValueError("zero")
    return fail(n - 1)

def catch():
    try:
        fail(1)
    except ValueError as e:
        result = str(e)
    return result

def reraise():
    try:
        fail(0)
    except ValueError:
        raise

def finally_():
    try:
        return 1 / 0
    finally:
        print("finally")

def chained():
    try:
        {}["missing"]
    except KeyError as e:
        raise TypeError("converted") from e

sys.settrace(tracer)
catch()
for f in (reraise, finally_, chained):
    try:
        f()
    except Exception as e:
        print("outer caught", type(e).__name__)
sys.settrace(None)
