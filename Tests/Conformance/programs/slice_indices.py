# slice.indices with lengths and bounds of any size, bools and __index__ objects, and its errors
def t(label, f):
    try: print(label, repr(f()))
    except Exception as e: print(label, type(e).__name__, e)
B = 10**20
for s in [slice(None), slice(1, 2, 3), slice(-B, B), slice(None, None, -1), slice(-3, None, -2), slice(B, -B, -B), slice(5, 1), slice(True, None)]:
    for n in [0, 1, 10, B]:
        t((s, n), lambda: s.indices(n))
class I:
    def __index__(self): return 4
for bad in [lambda: slice(1).indices(-1), lambda: slice(1).indices("a"), lambda: slice(1).indices(1.5), lambda: slice(0, 1, 0).indices(5), lambda: slice("a").indices(3), lambda: slice(I(), None, I()).indices(I()), lambda: slice(1).indices()]:
    t("bad", bad)
