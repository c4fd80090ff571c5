# messages of common TypeErrors, ValueErrors and others raised by the interpreter and builtins
def f(a, b=1): pass
class A: pass
class M:
    def m(): pass
class BadInit:
    def __init__(self): return 5
n, lst, s, t = 5, [1], "s", (1,)
cases = [
    lambda: len(1, 2), lambda: n(), lambda: {[]: 1}, lambda: [1] * 1.5, lambda: lst["a"], lambda: s["a"], lambda: t["a"],
    lambda: 1 < "a", lambda: [] > 1, lambda: 1 + "a", lambda: "a" - 1, lambda: [1] + (1,), lambda: (1,) + [1], lambda: None + 1,
    lambda: list(None), lambda: [x for x in 5], lambda: f(), lambda: f(1, 2, 3), lambda: f(1, z=2), lambda: f(1, a=2), lambda: M().m(),
    lambda: BadInit(), lambda: int("5", base=10) if False else int(5, 10), lambda: dict([(1,)]), lambda: dict([1]),
    lambda: (1, 2).__setitem__, lambda: range("a"), lambda: [1, 2][1:"x"], lambda: [1].remove(2), lambda: "abc".index("z"), lambda: "a".join([1]),
    lambda: {}.fromkeys(1), lambda: sorted(1), lambda: sum(1), lambda: max(1, "a"), lambda: getattr(), lambda: isinstance(1, 1), lambda: issubclass(1, int),
    lambda: chr("a"), lambda: ord(1), lambda: "x" * "y", lambda: -[], lambda: ~"s", lambda: abs(None), lambda: hash({}), lambda: iter(None),
    lambda: next([]), lambda: (lambda: None)(1), lambda: (lambda *, k: k)(1), lambda: divmod("a", 1), lambda: round(1, "x"), lambda: int([]),
    lambda: float([]), lambda: float("x"), lambda: str(1, 2, 3, 4), lambda: list(1, 2), lambda: tuple(1), lambda: set(1), lambda: {1: 2}[[]],
    lambda: [].pop("x"), lambda: "abc".split(1), lambda: "abc".startswith(1), lambda: "%d" % None, lambda: "{0}".format(), lambda: 1 .__add__(),
    lambda: setattr(1, "x", 2), lambda: delattr(A(), "nope"), lambda: type(1, 2), lambda: super(), lambda: A.nope, lambda: [].nope,
    lambda: 10 ** -1 % 0, lambda: 1 % 0.0, lambda: [0] * (2 ** 100),
]
for i, c in enumerate(cases):
    try:
        r = c()
        print(i, "no error", repr(r)[:40] if not callable(r) else "callable")
    except Exception as e:
        print(i, type(e).__name__, e)
