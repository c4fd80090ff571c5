# frame.f_lineno set by a trace function: jumps forward and backward on 'line' events, and the errors CPython gives when not allowed
import sys

f = sys._getframe()
for value in (None, "3", 3):
    try:
        if value is None:
            del f.f_lineno
        else:
            f.f_lineno = value
    except (AttributeError, ValueError) as e:
        print(type(e).__name__, e)

def jumper(target_from, target_to):
    done = []
    def trace(frame, event, arg):
        if frame.f_code.co_name != "victim":
            return trace
        if event == "line" and frame.f_lineno == target_from and not done:
            done.append(1)
            try:
                frame.f_lineno = target_to
                print("jumped", target_from, "->", target_to, "now", frame.f_lineno)
            except ValueError as e:
                print("refused", target_from, "->", target_to, e)
        if event in ("call", "exception") and target_to == 0:
            try:
                frame.f_lineno = 30
            except ValueError as e:
                print(event, "refused:", e)
        return trace
    return trace

def victim():
    out = []
    out.append(1)
    out.append(2)
    for i in range(2):
        out.append(10 + i)
    out.append(3)
    try:
        out.append(4)
    except Exception:
        out.append(5)
    return out

for a, b in ((36, 37), (37, 36), (36, 200), (36, 1), (36, 39), (37, 40), (39, 40), (40, 44), (40, 42), (0, 0)):
    sys.settrace(jumper(a, b))
    print(victim())
    sys.settrace(None)
