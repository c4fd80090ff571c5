# select.select over pipes, its argument checks and constants.
import posix as os  # not os: a native module keeps GC stress runs short
import select


def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


print(select.error is OSError, select.PIPE_BUF)
names = sorted(n for n in dir(select) if n.isupper())
print(names)
print([getattr(select, n) for n in names])

r, w = os.pipe()
print(select.select([r], [w], [], 0) == ([], [w], []))
os.write(w, b"data")
print(select.select([r], [w], [r], 0) == ([r], [w], []))
print(select.select([], [], [], 0), select.select((), (), (), 0.0))
print(select.select([r, r], [], [], None) == ([r, r], [], []))
print(select.select(iter([r]), (w,), [], 0.5) == ([r], [w], []))


class Source:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd


s = Source(r)
got = select.select([s], [], [], 0)
print(got[0][0] is s, len(got[0]))
os.read(r, 100)
print(select.select([s, r], [], [], 0.01))


class Bad:
    def fileno(self):
        return "x"


class Failing:
    def fileno(self):
        raise RuntimeError("no fileno")


attempt(lambda: select.select([Bad()], [], [], 0))
attempt(lambda: select.select([Failing()], [], [], 0))
attempt(lambda: select.select([object()], [], [], 0))
attempt(lambda: select.select([-1], [], [], 0))
attempt(lambda: select.select([2 ** 40], [], [], 0))
attempt(lambda: select.select([5000], [], [], 0))
attempt(lambda: select.select(1, [], [], 0))
attempt(lambda: select.select([], None, [], 0))
attempt(lambda: select.select([], [], [], "soon"))
attempt(lambda: select.select([], [], [], -1))
attempt(lambda: select.select([], [], [], -0.5))
attempt(lambda: select.select([], [], [], float("nan")))
attempt(lambda: select.select([], [], [], float("inf")))
attempt(lambda: select.select([], [], [], 2 ** 70))
attempt(lambda: select.select([], []))
attempt(lambda: select.select([], [], [], 0, 0))
attempt(lambda: select.select([], [], [], timeout=0))
attempt(lambda: select.select([1.5], [], [], 0))
attempt(lambda: select.select([True], [], [], 0) == ([], [], []))
os.close(w)
print(select.select([r], [], [], 0) == ([r], [], []), os.read(r, 10))
os.close(r)
attempt(lambda: select.select([r], [], [], 0))
print(select.select.__doc__.splitlines()[0], select.select.__text_signature__)
print(select.__doc__.splitlines()[0])
