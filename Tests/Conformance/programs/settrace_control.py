# sys.settrace: tracers that stop (f_trace = None, returning None), raise (tracing turns off), change tracer mid-way; gettrace values; tracing suspended inside the tracer
import sys

def helper():
    return 1

def body():
    a = helper()
    b = 2
    c = 3
    return a + b + c

def stopping(frame, event, arg):
    print("stopping", event, frame.f_code.co_name, frame.f_lineno)
    if event == "line" and frame.f_lineno == 9:
        frame.f_trace = None
    return stopping

def local_only(frame, event, arg):
    print("global", event, frame.f_code.co_name)
    if frame.f_code.co_name == "body":
        return local
    return None

def local(frame, event, arg):
    print("local", event, frame.f_code.co_name, frame.f_lineno)
    helper()  # not traced: tracing is suspended inside the tracer
    return local

def raising(frame, event, arg):
    print("raising", event, frame.f_code.co_name, frame.f_lineno)
    if event == "line" and frame.f_lineno == 9:
        raise RuntimeError("tracer failed")
    return raising

def switching(frame, event, arg):
    print("switching", event, frame.f_code.co_name, frame.f_lineno)
    if event == "line" and frame.f_lineno == 9:
        sys.settrace(None)
        print("inside tracer gettrace:", sys.gettrace())
    return switching

print(sys.gettrace())
for t in (stopping, local_only, switching):
    sys.settrace(t)
    print(sys.gettrace() is t)
    body()
    sys.settrace(None)
sys.settrace(raising)
try:
    body()
except RuntimeError as e:
    print("caught", e, sys.gettrace())
print(sys.gettrace())
