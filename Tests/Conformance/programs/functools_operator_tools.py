# _functools.reduce/partial and _operator itemgetter/attrgetter/methodcaller used for data processing
import _functools as ft
import _operator as op
rows = [{"name": "b", "age": 30}, {"name": "a", "age": 25}, {"name": "c", "age": 30}]
print(sorted(rows, key=op.itemgetter("age", "name")), op.itemgetter(1)([5, 6]), op.itemgetter(0, -1)("hello"))
class P:
    def __init__(self, n, inner=None): self.n, self.inner = n, inner
    def greet(self, greeting, punct="!"): return f"{greeting} {self.n}{punct}"
ps = [P("x", P("deep1")), P("y", P("deep2"))]
print(list(map(op.attrgetter("n"), ps)), list(map(op.attrgetter("inner.n"), ps)), op.attrgetter("n", "inner.n")(ps[0]))
print(op.methodcaller("greet", "hi")(ps[0]), op.methodcaller("greet", "yo", punct="?")(ps[1]), op.methodcaller("upper")("abc"))
print(ft.reduce(op.add, [1, 2, 3, 4]), ft.reduce(op.mul, range(1, 6), 1), ft.reduce(lambda a, b: a + [b], "abc", []), ft.reduce(max, [3], 0))
try:
    ft.reduce(op.add, [])
except TypeError as e:
    print(type(e).__name__, e)
add5 = ft.partial(op.add, 5); print(add5(10), add5.func is op.add, add5.args, add5.keywords)
greet = ft.partial(P.greet, punct=".")
print(greet(ps[0], "hello"), ft.partial(greet, ps[1])("hey"), repr(ft.partial(int, base=2))[:30])
print(ft.partial(int, base=2)("101"), ft.partial(ft.partial(max, 1), 2)(3), ft.partial(max, 1, 2).args)
print(op.add(1, 2), op.neg(3), op.not_(0), op.truth([]), op.contains([1], 1), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"))
print(op.getitem({"k": 1}, "k"), op.concat([1], [2]), op.is_(None, None), op.lt(1, 2), op.index(7), op.length_hint(iter([1, 2])))
x = [1, 2]; op.setitem(x, 0, 9); op.delitem(x, 1); print(x, op.iadd([1], [2]), op.ior({1}, {2}), op.pow(2, 5), op.floordiv(7, 2))
for bad in [lambda: op.itemgetter(), lambda: op.attrgetter(1), lambda: op.attrgetter("missing")(ps[0]), lambda: op.methodcaller()]:
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
