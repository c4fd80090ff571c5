# exception groups: nesting, subgroup/split with predicates and types, derive for subclasses, except* with nested groups, message/exceptions
eg = ExceptionGroup("outer", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
print(eg.message, len(eg.exceptions), repr(eg.exceptions[2]), str(eg))
def show(g, depth=0):
    if g is None:
        print("  " * depth + "None"); return
    if isinstance(g, BaseExceptionGroup):
        print("  " * depth + f"{type(g).__name__}({g.message!r})")
        for x in g.exceptions: show(x, depth + 1)
    else:
        print("  " * depth + repr(g))
show(eg.subgroup(ValueError))
match, rest = eg.split((KeyError, TypeError)); show(match); show(rest)
show(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
print(eg.subgroup(lambda e: True) is eg, eg.subgroup(OSError))
class MyGroup(ExceptionGroup):
    def derive(self, excs): return MyGroup(self.message + "+", excs)
mg = MyGroup("mine", [ValueError(1), OSError(2)])
show(mg.split(ValueError)[0]); show(mg.split(ValueError)[1])
try:
    raise eg
except* ValueError as got:
    print("ValueError part:"); show(got)
except* (TypeError, KeyError) as got:
    print("Type/Key part:"); show(got)
try:
    raise ValueError("naked")
except* ValueError as got:
    print("naked wrapped:", type(got).__name__, repr(got.exceptions))
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)
for bad in [lambda: ExceptionGroup("m", []), lambda: ExceptionGroup("m", [1]), lambda: ExceptionGroup(1, [ValueError()]),
            lambda: ExceptionGroup("m", [KeyboardInterrupt()]), lambda: ExceptionGroup("m", ValueError()), lambda: eg.split(1)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
def partial_handler():
    try:
        raise ExceptionGroup("two", [ValueError("v"), OSError("o")])
    except* ValueError:
        print("handled the ValueError")
try:
    partial_handler()
except ExceptionGroup as left:
    print("left over:", repr(left.exceptions))
eg.add_note("a note"); print(eg.__notes__, eg.subgroup(ValueError).__notes__)
