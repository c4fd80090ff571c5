# context managers written as classes: a suppress helper, a redirecting stdout capture, a timer-free stack of callbacks, a transaction
import sys
class suppress:
    def __init__(self, *excs): self.excs = excs
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.excs)
with suppress(KeyError, IndexError):
    [][1]
with suppress(KeyError):
    {}["x"]
print("suppressed both")
class Capture:
    def __enter__(self):
        self.old, self.parts = sys.stdout, []
        sys.stdout = self
        return self.parts
    def write(self, s): self.parts.append(s)
    def flush(self): pass
    def __exit__(self, *exc):
        sys.stdout = self.old
with Capture() as out:
    print("hidden", 1, sep="-")
    print("second")
print("captured", out)
class ExitStack:
    def __init__(self): self.callbacks = []
    def __enter__(self): return self
    def callback(self, f, *a): self.callbacks.append((f, a))
    def enter(self, cm):
        v = cm.__enter__(); self.callbacks.append((cm.__exit__, None)); return v
    def __exit__(self, *exc):
        suppressed = False
        while self.callbacks:
            f, a = self.callbacks.pop()
            if a is None:
                if f(*exc): suppressed, exc = True, (None, None, None)
            else:
                f(*a)
        return suppressed
class Tag:
    def __init__(self, n): self.n = n
    def __enter__(self): print("open", self.n); return self.n
    def __exit__(self, *e): print("close", self.n, e[0].__name__ if e[0] else None)
with ExitStack() as st:
    st.callback(print, "callback", "one")
    names = [st.enter(Tag(i)) for i in range(3)]
    st.callback(print, "callback", "two")
    print("inside with", names)
class Transaction:
    def __init__(self, store): self.store = store
    def __enter__(self): self.snapshot = dict(self.store); return self.store
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear(); self.store.update(self.snapshot)
            print("rolled back because", repr(ev))
        return True
db = {"a": 1}
with Transaction(db) as t:
    t["b"] = 2
with Transaction(db) as t:
    t["c"] = 3
    raise ValueError("conflict")
print(db)
