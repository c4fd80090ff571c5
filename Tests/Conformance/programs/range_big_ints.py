# range with bounds of any size: lengths, indexing and slicing with big ints, membership, count/index, equality and hashing,
# range_iterator versus longrange_iterator forwards and reversed, their reductions and __setstate__, and argument errors
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
B = 2**70
cases = [range(10), range(2, 20, 3), range(20, 2, -3), range(0), range(5, 5), range(B), range(-B, B, B // 3), range(B, -B, -7),
         range(2**62, 2**62 + 3), range(-2**63, 2**63 - 1), range(2**63 - 3, 2**63), range(0, 2**64, 2**62), range(True, 5)]
for r in cases:
    print(r, r.start, r.stop, r.step, bool(r), r == r, hash(r) == hash(range(r.start, r.stop, r.step)))
    t(" len", lambda: len(r))
    t(" len()", r.__len__)
    t(" first", lambda: r[0])
    t(" last", lambda: r[-1])
    t(" mid", lambda: r[r.__class__.__len__(r) // 2] if False else r[1])
    t(" big index", lambda: r[B])
    t(" slice", lambda: r[1::2])
    t(" rslice", lambda: r[::-1])
    t(" bigslice", lambda: r[-B:B:3])
    t(" in", lambda: (r.start in r, r.stop in r, (r.start + r.step) in r, 1.0 in r if abs(r.stop - r.start) < 1000 else None, True in r))
    t(" count", lambda: (r.count(r.start), r.count(r.stop), r.count(1.0) if abs(r.stop - r.start) < 1000 else None))
    t(" index", lambda: r.index(r.start) if r else None)
    t(" index missing", lambda: r.index(r.stop))
    it = iter(r)
    t(" iter", lambda: (type(it).__name__, next(it, None), next(it, None), it.__length_hint__()))
    t(" reduce", lambda: it.__reduce__())
    rv = reversed(r)
    t(" reversed", lambda: (type(rv).__name__, next(rv, None), next(rv, None), rv.__length_hint__()))
    t(" reversed reduce", lambda: rv.__reduce__())
    t(" reduce", r.__reduce__)
it = iter(range(B, B + 3))
t("set", lambda: it.__setstate__(-5)); t("after", lambda: list(it))
it = iter(range(B, B + 3)); t("set", lambda: it.__setstate__(2**100)); t("after", lambda: list(it))
it = iter(range(B, B + 3)); t("set", lambda: it.__setstate__(1)); t("after", lambda: (it.__length_hint__(), list(it)))
t("set bad", lambda: iter(range(B)).__setstate__("x"))
t("eq", lambda: (range(0) == range(5, 5), range(1, 2, 5) == range(1, 2, 7), range(B) == range(0, B, 1), range(B) == range(B + 1)))
t("new", lambda: type(iter(range(B)))())
t("new", lambda: type(iter(range(1)))())
for bad in [lambda: range(), lambda: range(1, 2, 3, 4), lambda: range(1.5), lambda: range(1, 2, 0), lambda: range(x=1), lambda: range(3)["a"],
            lambda: range(3)[3], lambda: range(3)[1.5:], lambda: range(3)[::0], lambda: range(3).count(), lambda: range(3).index(7),
            lambda: range(3).index(2.0), lambda: range(3).count(2.0), lambda: range(3).__reversed__(1)]:
    t("bad", bad)
class I:
    def __index__(self): return 7
t("index", lambda: (range(I()), range(10)[I()], range(10)[I():]))
print(list(range(2**62, 2**62 + 3)), list(reversed(range(-2**63, -2**63 + 3))), sum(range(1000)))
