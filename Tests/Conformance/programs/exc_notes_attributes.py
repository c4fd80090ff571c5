# exception attributes: args, add_note/__notes__, with_traceback, __suppress_context__, str/repr with 0/1/many args, OSError fields
e = ValueError("bad value", 42)
print(e.args, str(e), repr(e), str(ValueError()), repr(ValueError()), str(ValueError("x")), repr(KeyError("k")), str(KeyError("k")))
e.add_note("first note"); e.add_note("second note")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.__traceback__ is not None, caught.__context__, caught.__cause__, caught.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k") from None
except KeyError as k:
    print(type(k.__context__).__name__, k.__cause__, k.__suppress_context__)
x = RuntimeError("r")
print(x.with_traceback(None) is x, x.__traceback__)
x.args = ("changed", 1); print(x, x.args)
x.custom = "attr"; print(x.custom, x.__dict__)
o = OSError(2, "No such file", "path.txt")
print(o.errno, o.strerror, o.filename, str(o), type(o).__name__, OSError(2, "x").filename, str(OSError("plain")))
print(type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__, isinstance(FileNotFoundError(), OSError), EnvironmentError is OSError, IOError is OSError)
se = SyntaxError("msg", ("f.py", 3, 4, "text", 3, 6))
print(se.msg, se.filename, se.lineno, se.offset, se.text, se.end_lineno, se.end_offset, str(se))
si = StopIteration(5); print(si.value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
ue = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(ue.encoding, ue.object, ue.start, ue.end, ue.reason, str(ue))
print(KeyError().args, KeyError(1, 2), IndexError("i").args, AttributeError("a", name="nm", obj=1).name, NameError("n", name="q").name)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
m = MyErr(7)
print(m, m.code, m.args, repr(m), BaseException.__new__(MyErr).args)
def notes():
    try:
        raise TypeError("with notes")
    except TypeError as t:
        t.add_note("context: parsing")
        raise
notes()
