# _functools and _operator natively: reduce, partial, cmp_to_key, itemgetter, attrgetter, methodcaller
import _functools, _operator
print(_functools.reduce(_operator.add, [1, 2, 3, 4]), _functools.reduce(lambda a, b: a * b, range(1, 6), 1), _functools.reduce(max, [3, 9, 2]))
try:
    _functools.reduce(_operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)
p = _functools.partial(pow, 2)
print(p(10), p.func is pow, p.args, p.keywords)
kw = _functools.partial(sorted, key=len)
print(kw(["ccc", "a", "bb"]), kw(["x", "yy"], reverse=True))
nested = _functools.partial(_functools.partial(max, 1), 5)
print(nested(3), nested.args)

def compare(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=_functools.cmp_to_key(compare)), sorted("bca", key=_functools.cmp_to_key(lambda a, b: compare(b, a))))

get1 = _operator.itemgetter(1)
get_many = _operator.itemgetter(0, 2)
print(get1("abc"), get_many([10, 20, 30]), sorted([(1, "b"), (2, "a")], key=get1))
class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner
    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"
getname = _operator.attrgetter("name")
deep = _operator.attrgetter("inner.name", "name")
print(getname(P("x")), deep(P("outer", P("inner"))))
call = _operator.methodcaller("greet", "hi", punct="?")
print(call(P("bob")))
print(_operator.add(1, 2), _operator.mul("a", 3), _operator.neg(5), _operator.not_(0), _operator.truth([]), _operator.contains([1], 1))
print(_operator.getitem({"k": 1}, "k"), _operator.lt(1, 2), _operator.index(7), _operator.concat([1], [2]), _operator.is_(None, None))
lst = [1, 2, 3]
_operator.setitem(lst, 0, "x"); _operator.delitem(lst, 1)
print(lst, _operator.iadd([1], [2]), _operator.length_hint([1, 2, 3]), _operator.countOf([1, 1, 2], 1), _operator.indexOf("abc", "c"))
try:
    _operator.itemgetter(5)([1])
except IndexError as e:
    print(type(e).__name__, e)
try:
    _operator.attrgetter("missing")(P("z"))
except AttributeError as e:
    print(type(e).__name__, e)
