# ExceptionGroup and BaseExceptionGroup: construction rules, split, subgroup, derive, nesting and repr
eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t"), ExceptionGroup("nested", [ValueError("v2"), KeyError("k")])])
print(repr(eg), eg.message, len(eg.exceptions), str(eg))
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.subgroup(OSError), eg.split(Exception)[1])
print(repr(eg.split((TypeError, KeyError))[0]))
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__, type(BaseExceptionGroup("e", [ValueError()])).__name__)

def attempt(f):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

attempt(lambda: ExceptionGroup("empty", []))
attempt(lambda: ExceptionGroup("bad", [1]))
attempt(lambda: ExceptionGroup("base inside", [KeyboardInterrupt()]))
attempt(lambda: ExceptionGroup(1, [ValueError()]))
attempt(lambda: ExceptionGroup("not a sequence", ValueError()))
attempt(lambda: ExceptionGroup("one arg"))

class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "+", excs)
mg = MyGroup("mine", [ValueError(1), KeyError(2)])
m, r = mg.split(ValueError)
print(type(m).__name__, m.message, type(r).__name__, r.message)
eg2 = ExceptionGroup("noted", [ValueError("x")])
eg2.add_note("a note")
eg2.__cause__ = RuntimeError("cause")
m2, _ = eg2.split(ValueError)
print(m2.__notes__, repr(m2.__cause__), m2 is eg2)
print(eg.split(lambda e: True)[0] is eg, eg.subgroup(ExceptionGroup) is eg)
try:
    raise ExceptionGroup("caught whole", [ValueError("inside")])
except ExceptionGroup as g:
    print("except ExceptionGroup:", g.exceptions)
try:
    raise ExceptionGroup("caught with star", [ValueError("a"), KeyError("b")])
except* ValueError as g:
    print("star value:", repr(g))
except* KeyError as g:
    print("star key:", repr(g))
