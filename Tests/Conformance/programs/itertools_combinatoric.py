# itertools: product, permutations, combinations, combinations_with_replacement (edge sizes, reductions, __setstate__ clamping), groupby with _grouper, tee with _tee/_tee_dataobject
import itertools as it

print(list(it.product("ab", range(3))), list(it.product()), list(it.product("ab", repeat=2)), list(it.product("ab", [], "c")))
print(list(it.product(repeat=0)), list(it.product("xy", repeat=0)), len(list(it.product(range(3), repeat=4))))
print(list(it.permutations("abc")), list(it.permutations(range(4), 2))[:7], list(it.permutations("ab", 3)), list(it.permutations("", 0)))
print(list(it.permutations([1, 2, 3], 0)), list(it.permutations([1, 2], None)), len(list(it.permutations(range(6)))))
print(list(it.combinations("ABCD", 2)), list(it.combinations(range(4), 3)), list(it.combinations("ab", 3)), list(it.combinations("ab", 0)))
print(list(it.combinations_with_replacement("ABC", 2)), list(it.combinations_with_replacement("", 0)), list(it.combinations_with_replacement("", 2)))
print(list(it.combinations_with_replacement([1, 2], 3)), len(list(it.combinations(range(10), 4))), len(list(it.combinations_with_replacement(range(5), 3))))
p = it.product("ab", range(2)); print(p.__reduce__()); next(p); print(p.__reduce__())
p = it.product("ab", range(2)); p.__setstate__((0, 5)); print(list(p))
p = it.product("ab", []); print(p.__reduce__(), list(p), p.__reduce__())
c = it.combinations("abcd", 2); print(c.__reduce__()); next(c); print(c.__reduce__())
c = it.combinations("abcd", 2); c.__setstate__((0, 9)); print(list(c))
c = it.combinations("abc", 5); print(c.__reduce__(), list(c), c.__reduce__())
w = it.combinations_with_replacement("abc", 2); next(w); next(w); print(w.__reduce__())
w = it.combinations_with_replacement("abc", 2); w.__setstate__((1, -4)); print(list(w))
pm = it.permutations("abc", 2); print(pm.__reduce__()); next(pm); print(pm.__reduce__())
pm = it.permutations("abcd", 2); pm.__setstate__(((0, 1, 2, 3), (4, 3))); print(list(pm))
for bad in [(1,), ((0, 1), (1,)), (1, 2)]:
    try:
        it.permutations("abcd", 2).__setstate__(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    it.product("ab").__setstate__((1, 2))
except Exception as e:
    print(type(e).__name__, e)
try:
    it.combinations("ab", 1).__setstate__((1, 2))
except Exception as e:
    print(type(e).__name__, e)

# groupby
print([(k, list(g)) for k, g in it.groupby("AAAABBBCCDAABBB")])
print([k for k, g in it.groupby("AAAABBBCCD")], [(k, len(list(g))) for k, g in it.groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
groups = list(it.groupby("aabbc")); print([(k, list(g)) for k, g in groups])
gb = it.groupby("aaab"); k, g = next(gb); print(k, next(g), type(g).__name__); k2, g2 = next(gb); print(k2, list(g2), list(g))
gb = it.groupby([]); print(list(gb), gb.__reduce__()[1][1])
gb = it.groupby("aab"); k, g = next(gb); r = gb.__reduce__(); print(len(r), r[2] if len(r) > 2 else None, g.__reduce__()[1][1])
gb = it.groupby("xxy"); k, g = next(gb); next(gb); print(g.__reduce__()[0], list(g))
print(list(it._grouper(it.groupby("aab"), "a")))

# tee
a, b = it.tee(range(5)); print(next(a), next(a), list(b), list(a), type(a).__name__)
print(it.tee([1, 2], 0), len(it.tee("abc", 5)), [list(x) for x in it.tee("xyz", 3)])
a, b = it.tee(iter(range(200))); print(sum(a), sum(b))
a, b = it.tee("abc"); c = a.__copy__(); next(a); print(list(a), list(b), list(c))
x = iter([1, 2, 3]); a, = it.tee(x, 1); b, c = it.tee(a); print(type(b).__name__, list(b), list(c))
t = it._tee("hello"); t2 = it._tee(t); print(next(t), list(t2), list(t))
a, b = it.tee("ab"); r = a.__reduce__(); print(r[0].__name__, r[1], type(r[2][0]).__name__, r[2][1])
d = r[2][0]; print(d.__reduce__()[1][1:])
next(a); n = it._tee(()); n.__setstate__(a.__reduce__()[2]); print(list(n))
dobj = it._tee_dataobject(iter("qr"), [1, 2], None); t = it._tee(()); t.__setstate__((dobj, 1)); print(list(t))
for bad in [lambda: it._tee_dataobject(iter(""), [0] * 58, None), lambda: it._tee_dataobject(iter(""), [], 5),
            lambda: it._tee_dataobject(iter(""), (), None), lambda: t.__setstate__((dobj, 99)), lambda: t.__setstate__([1]),
            lambda: t.__setstate__((1, 2))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
def reenter():
    yield next(ts[0])
ts = it.tee(reenter())
try:
    next(ts[0])
except RuntimeError as e:
    print("RuntimeError", e)
