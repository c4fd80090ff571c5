# context managers and exceptions: __exit__ receiving exception info, suppressing, raising in __exit__, nested with and finally ordering, exceptions in __enter__
class CM:
    def __init__(self, name, suppress=False, fail_exit=False, fail_enter=False):
        self.name, self.suppress, self.fail_exit, self.fail_enter = name, suppress, fail_exit, fail_enter
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter: raise RuntimeError(f"enter failed {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, repr(ev), tb is not None)
        if self.fail_exit: raise KeyError(f"exit failed {self.name}")
        return self.suppress
try:
    with CM("outer"), CM("inner", fail_exit=True):
        raise ValueError("body")
except KeyError as e:
    print("caught", repr(e), "context:", repr(e.__context__))
try:
    with CM("a"), CM("b", fail_enter=True), CM("never"):
        print("no body")
except RuntimeError as e:
    print("caught", e)
with CM("sup", suppress=True):
    1 / 0
print("continued")
def gen_cm():
    for i in range(3):
        with CM(f"loop{i}", suppress=True):
            if i == 1:
                raise ValueError("suppressed in loop")
            yield i
print(list(gen_cm()))
def ret_in_with():
    try:
        with CM("r"):
            return "from with"
    finally:
        print("outer finally")
print(ret_in_with())
def exc_in_finally():
    try:
        try:
            raise ValueError("original")
        finally:
            print("finally before propagating")
    except ValueError as e:
        return f"got {e}"
print(exc_in_finally())
def replaced():
    try:
        try:
            raise ValueError("first")
        finally:
            raise TypeError("second")
    except TypeError as e:
        return f"{e!r} context {e.__context__!r}"
print(replaced())
class Resource:
    opened = []
    def __init__(self, n): self.n = n
    def __enter__(self): Resource.opened.append(self.n); return self.n
    def __exit__(self, *exc): Resource.opened.remove(self.n)
with Resource(1) as r1:
    with Resource(2) as r2:
        print(r1, r2, Resource.opened)
print(Resource.opened)
class NoExit:
    def __enter__(self): return 1
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "non-empty string"
with Truthy():
    raise IndexError("swallowed by truthy")
print("done")
