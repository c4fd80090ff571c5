# return inside try/except/finally and with: the handlers still cover the code after it
def f():
    try:
        x = 1/0
        return x
    except ZeroDivisionError:
        raise KeyError("k")
    finally:
        print("cleanup")
try:
    f()
except KeyError as e:
    print("got", e)
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): return False
def g():
    try:
        with CM():
            return 1/0
    except ZeroDivisionError:
        return "caught"
print(g())
