# sys.settrace on running frames: f_trace set on the current frame and callers (as pdb does), line events after settrace, f_lineno from the tracer
import sys

def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer

def start_here():
    frame = sys._getframe()
    frame.f_trace = tracer
    frame.f_back.f_trace = tracer
    sys.settrace(tracer)
    x = 1
    y = 2
    return x + y

def caller():
    value = start_here()
    value += 1
    return value

caller()
sys.settrace(None)

def lines(frame, event, arg):
    if event == "line":
        print("line", frame.f_lineno, frame.f_lineno == sys._getframe(1).f_lineno if False else "")
    return lines

def loop():
    total = 0
    for i in range(3):
        total += i
    return total

f = sys._getframe()
f.f_trace = lines
sys.settrace(lines)
r = loop()
sys.settrace(None)
print(r)
