# Slot wrappers (int.__add__, list.__setitem__, …) count their arguments two ways in
# CPython: check_num_args ("expected 1 argument, got 0") and PyArg_UnpackTuple with an
# empty name, whose messages begin with a space
def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, repr(str(e)))
class D:
    def __get__(self, obj, owner=None):
        return "got"
    def __set__(self, obj, value):
        pass
    def __delete__(self, obj):
        pass
class O:
    pass
samples = [
    ("add", lambda *a: (1).__add__(*a)), ("radd", lambda *a: (1).__radd__(*a)),
    ("neg", lambda *a: (1).__neg__(*a)), ("bool", lambda *a: (1).__bool__(*a)),
    ("len", lambda *a: [].__len__(*a)), ("hash", lambda *a: (1).__hash__(*a)),
    ("lt", lambda *a: (1).__lt__(*a)), ("pow", lambda *a: (2).__pow__(*a)),
    ("rpow", lambda *a: (2).__rpow__(*a)), ("fpow", lambda *a: (2.0).__pow__(*a)),
    ("cpow", lambda *a: (2j).__pow__(*a)), ("mul-seq", lambda *a: [1].__mul__(*a)),
    ("rmul-seq", lambda *a: "ab".__rmul__(*a)), ("imul-seq", lambda *a: [1].__imul__(*a)),
    ("getitem", lambda *a: [1].__getitem__(*a)), ("setitem", lambda *a: [1].__setitem__(*a)),
    ("delitem", lambda *a: [1].__delitem__(*a)), ("dsetitem", lambda *a: {}.__setitem__(*a)),
    ("ddelitem", lambda *a: {1: 2}.__delitem__(*a)), ("contains", lambda *a: [1].__contains__(*a)),
    ("next", lambda *a: iter([1]).__next__(*a)), ("iter", lambda *a: len([].__iter__(*a))),
    ("setattr", lambda *a: O().__setattr__(*a)), ("delattr", lambda *a: O().__delattr__(*a)),
    ("get", lambda *a: D().__get__(*a)), ("set", lambda *a: D().__set__(*a)),
    ("delete", lambda *a: D().__delete__(*a)), ("fget", lambda *a: (lambda: 0).__get__(*a)),
    ("pget", lambda *a: property().__get__(*a)), ("pset", lambda *a: property(None, lambda s, v: None).__set__(*a)),
    ("repr", lambda *a: (1).__repr__(*a)), ("index", lambda *a: (1).__index__(*a)),
]
for label, f in samples:
    for args in [(), (1,), (1, 2), (1, 2, 3)]:
        t(f"{label}{args}", lambda: f(*args))
t("keywords", lambda: (1).__add__(other=1))
t("keywords2", lambda: [1].__setitem__(0, value=1))
t("dunder-via-type", lambda: int.__add__(1))
t("dunder-via-type2", lambda: int.__add__())
t("dunder-via-type3", lambda: int.__add__("x", 1))
