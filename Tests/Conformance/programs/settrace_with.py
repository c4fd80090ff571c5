# sys.settrace: with statements (enter/exit, suppressed exceptions), f_trace_lines off, opcode events
import sys

class Manager:
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        return self
    def __exit__(self, kind, value, tb):
        return self.suppress

def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer

def use():
    with Manager(False) as m:
        x = 1
    with Manager(True):
        raise KeyError("quiet")
    return x

def quiet():
    a = 1
    b = 2
    return a + b

def no_lines(frame, event, arg):
    frame.f_trace_lines = False
    print("no lines:", event, frame.f_code.co_name)
    return no_lines

opcodes = []
def with_opcodes(frame, event, arg):
    frame.f_trace_opcodes = True
    if event == "opcode":
        opcodes.append(frame.f_lineno)
    else:
        print("opcodes:", event, frame.f_code.co_name)
    return with_opcodes

sys.settrace(tracer)
use()
sys.settrace(no_lines)
quiet()
sys.settrace(with_opcodes)
quiet()
sys.settrace(None)
print("opcode events seen on lines", sorted(set(opcodes)), len(opcodes) > 3)
