# _operator: every function's results and argument errors, itemgetter/attrgetter/methodcaller reprs, calls and reductions, _compare_digest, length_hint
import _operator as op
tests = ["op.add(1)", "op.add(1, 2, 3)", "op.add(a=1, b=2)", "op.neg()", "op.not_(1, 2)", "op.truth()", "op.concat(1, 2)", "op.concat([1], (2,))",
 "op.iconcat(1, [2])", "op.concat('a', 'b')", "op.contains(1, 2)", "op.countOf([1, 2, 1], 1)", "op.indexOf([1, 2], 3)", "op.indexOf([1, 2], 2)", "op.countOf(1, 1)",
 "op.getitem([1], 5)", "op.delitem({}, 1)", "op.setitem([], 0, 1)", "op.length_hint([1, 2])", "op.length_hint(iter([1]), 'a')", "op.length_hint(5, 7)", "op.length_hint(5)",
 "op.index(2.5)", "op.index(True)", "op.pow(2, 3)", "op.ipow(2, 3)", "op.is_(None, None)", "op.is_not(1, None)", "op.call()", "op.call(len, 'ab')", "op.call(int, '10', base=2)",
 "op.itemgetter()", "op.itemgetter(1, x=2)", "op.attrgetter()", "op.attrgetter(1)", "op.methodcaller()", "op.methodcaller(1)", "op.attrgetter('a.b')(1)",
 "op.itemgetter(1)([])", "repr(op.itemgetter(1))", "repr(op.itemgetter(1, 'a'))", "repr(op.attrgetter('a.b', 'c'))", "repr(op.methodcaller('f', 1, k=2))",
 "op.itemgetter(1).__reduce__()", "op.itemgetter(1, 2).__reduce__()", "op.attrgetter('a.b', 'c').__reduce__()", "op.methodcaller('f').__reduce__()",
 "op.methodcaller('f', 1).__reduce__()", "op.methodcaller('f', k=1).__reduce__()[0]", "op._compare_digest('a', 'a')", "op._compare_digest(b'a', b'b')",
 "op._compare_digest('a', b'a')", "op._compare_digest('\xe9', '\xe9')", "op._compare_digest(1, 2)", "op._compare_digest(bytearray(b'x'), b'x')",
 "op.lt(1, 'a')", "op.truediv(1, 0)", "op.itemgetter(slice(1, 3))('abcd')", "op.attrgetter('real', 'imag')(3)", "op.methodcaller('split', ',')('a,b')",
 "op.methodcaller('split', sep=',', maxsplit=1)('a,b,c')", "op.inv(5)", "op.invert(-1)", "op.abs(-3.5)", "op.matmul(1, 2)", "op.neg('a')", "op.xor(6, 3)",
 "op.lshift(1, 70)", "op.ilshift(1, 3)", "op.itemgetter(0)", "type(op.itemgetter(0)).__name__", "op.attrgetter.__module__", "op.itemgetter.__name__",
 "op.add.__name__", "op.add.__doc__", "op.__doc__", "op.length_hint.__doc__", "op.attrgetter('')(1)", "op.attrgetter('a..b')", "op.attrgetter('.a')",
 "op.countOf([1, 1.0, True], 1)", "op.truth([])", "op.not_([])", "op.eq([1], [1])", "op.ne(1, 1)", "op.ge(2, 1)", "op.gt(1, 2)", "op.le(1, 1)",
 "op.methodcaller('f', 1)(1)", "op.itemgetter(1, 2)('abc')", "op.itemgetter('a')({'a': 5})",
]
for t in tests:
    try:
        r = eval(t)
        text = repr(r)
        print(t, "->", type(r).__name__ if " at 0x" in text else text)
    except Exception as e:
        print(t, "!!", type(e).__name__, e)

class Hinted:
    def __init__(self, hint): self.hint = hint
    def __length_hint__(self): return self.hint
for h in [3, NotImplemented, -1, "x", 2**70]:
    try:
        print(op.length_hint(Hinted(h), 9))
    except Exception as e:
        print(type(e).__name__, e)
class Seq:
    def __getitem__(self, i):
        if i < 3: return i * 10
        raise IndexError
    def __add__(self, other): return "added"
print(op.concat(Seq(), Seq()), op.countOf(Seq(), 10), op.indexOf(Seq(), 20), op.contains(Seq(), 0))
l = [1]; print(op.iadd(l, [2]) is l, l, op.iconcat(l, (3,)), op.imul([1], 2), op.isub(5, 2), op.itruediv(1, 4), op.ifloordiv(7, 2), op.imod(7, 3))
print(op.iand(6, 3), op.ior(6, 1), op.ixor(6, 3), op.irshift(16, 2), op.ipow(3, 2))
class R:
    def __init__(self): self.me = self
    def __repr__(self): return repr(op.itemgetter(self))
print(repr(op.attrgetter("a", "b.c.d")), op.attrgetter("me.me.__class__")(R()).__name__)
print(sorted([(1, "b"), (0, "c"), (2, "a")], key=op.itemgetter(1)), list(map(op.attrgetter("real"), [1, 2.5])))
print(list(map(op.methodcaller("upper"), ["a", "b"])), op.methodcaller("get", "k", "default")({}))
ig = op.itemgetter(0)
for bad in [lambda: ig(), lambda: ig(1, 2), lambda: ig(x=1), lambda: op.attrgetter("a")(), lambda: op.methodcaller("a")(1, 2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
try:
    class Sub(op.itemgetter): pass
except TypeError as e:
    print("TypeError", e)
