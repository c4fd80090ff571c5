# __length_hint__, __reduce__ and __setstate__ of the builtin iterators: hints as they advance,
# reductions (printed with type names, not addresses), clipping of set states, and argument errors
def name(v):
    if isinstance(v, tuple):
        return "(" + ", ".join(name(x) for x in v) + ("," if len(v) == 1 else "") + ")"
    if isinstance(v, (int, str, bytes, bytearray, list, type(None), bool)):
        return repr(v)
    return getattr(v, "__name__", None) or "<" + type(v).__name__ + ">"

def show(label, f):
    try:
        print(label, name(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

makers = [lambda: iter([1, 2, 3]), lambda: iter((1, 2, 3)), lambda: iter("abc"), lambda: iter("ab\u0100"),
          lambda: iter(b"abc"), lambda: iter(bytearray(b"abc")), lambda: reversed([1, 2, 3]),
          lambda: iter(range(3)), lambda: reversed(range(3)), lambda: iter(range(1, 20, 7))]
for make in makers:
    it = make()
    print(type(it).__name__)
    show(" hint", it.__length_hint__)
    show(" reduce", it.__reduce__)
    next(it)
    show(" hint", it.__length_hint__)
    show(" reduce", it.__reduce__)
    show(" setstate -5", lambda: it.__setstate__(-5))
    show(" after", lambda: (it.__length_hint__(), list(it)))
    show(" reduce", it.__reduce__)
    show(" hint", it.__length_hint__)
    it = make()
    show(" setstate 100", lambda: it.__setstate__(100))
    show(" after", lambda: (it.__length_hint__(), list(it)))
    it = make()
    show(" setstate True", lambda: it.__setstate__(True))
    show(" after", lambda: list(it))
    show(" bad", lambda: it.__setstate__("x"))
    show(" bad", lambda: it.__setstate__(2**100))
    show(" bad", lambda: it.__setstate__())
    show(" bad", lambda: it.__length_hint__(1))
    show(" bad", lambda: it.__reduce__(1))

it = iter([1, 2]); f = it.__reduce__(); print(list(f[0](*f[1])) if len(f) == 2 else f[2])
lst = [1, 2, 3]; it = iter(lst); next(it); lst.clear(); show("shrunk", it.__length_hint__)
lst = [1, 2, 3]; it = reversed(lst); lst.pop(); show("shrunk rev", it.__length_hint__)

e = enumerate("ab", 5); show("enumerate", e.__reduce__); next(e); show("enumerate", e.__reduce__)
show("enumerate big", enumerate([], 2**70).__reduce__)
show("map", map(abs, [1], [2]).__reduce__)
show("filter", filter(None, [1]).__reduce__)
z = zip([1], [2]); show("zip", z.__reduce__); show("zip set", lambda: z.__setstate__(1)); show("zip", z.__reduce__)
show("zip set", lambda: z.__setstate__(0)); show("zip", z.__reduce__)
show("zip bad", lambda: z.__setstate__())
show("zip strict", zip([1], strict=True).__reduce__)
class Z(zip): pass
show("zip subclass", Z([1]).__reduce__)
s = iter({1, 2}); show("set", s.__reduce__); next(s); show("set", s.__reduce__); show("set hint", s.__length_hint__)
c = iter(int, 1); show("callable", c.__reduce__); next(c, None); show("callable", c.__reduce__)
c = iter(lambda: 1, 1); next(c, None); show("callable done", c.__reduce__)

d = {1: 2, 3: 4}
for it in (iter(d), iter(d.values()), iter(d.items()), reversed(d), reversed(d.values()), reversed(d.items())):
    print(type(it).__name__)
    show(" hint", it.__length_hint__); show(" reduce", it.__reduce__); next(it)
    show(" hint", it.__length_hint__); show(" reduce", it.__reduce__); show(" rest", lambda: list(it))
    show(" reduce", it.__reduce__); show(" hint", it.__length_hint__)
dd = {1: 2}
it = iter(dd); dd[5] = 6; show("changed hint", it.__length_hint__); show("changed reduce", it.__reduce__)
ss = {1}
it = iter(ss); ss.add(2); show("changed set hint", it.__length_hint__); show("changed set reduce", it.__reduce__)

class S:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
    def __len__(self): return 3
class T:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
it = iter(S()); show("seq hint", it.__length_hint__); next(it); show("seq", it.__reduce__); show("seq hint", it.__length_hint__)
show("seq set", lambda: it.__setstate__(50)); show("seq hint", it.__length_hint__); show("seq", lambda: list(it))
it = iter(T()); show("seq no len", it.__length_hint__); list(it); show("seq", it.__reduce__); show("seq hint", it.__length_hint__)
r = reversed(S()); show("rev", r.__length_hint__); show("rev", r.__reduce__)
show("rev set", lambda: r.__setstate__(0)); show("rev", lambda: list(r)); show("rev", r.__reduce__); show("rev hint", r.__length_hint__)
r = reversed(S()); show("rev set", lambda: r.__setstate__(-9)); show("rev", lambda: list(r))
r = reversed(S()); show("rev set", lambda: r.__setstate__(9)); show("rev", lambda: list(r))
show("rev bad", lambda: reversed(S()).__setstate__(1.5))
class R(reversed): pass
show("rev subclass", R(S()).__reduce__)
class E(enumerate):
    pass
print(list(E("ab", 1)), type(E("a")).__name__)
class M(map):
    def __init__(self, *a):
        self.x = 1
m = M(abs, [-1, -2]); print(list(m), m.x)
class F(filter): pass
print(list(F(None, [0, 1])))
class R(reversed): pass
print(list(R([1, 2])))
try:
    E()
except TypeError as e: print(e)
try:
    class X(type(iter([]))): pass
except TypeError as e: print(e)
