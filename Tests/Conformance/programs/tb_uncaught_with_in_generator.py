# uncaught exception from inside a with block whose __exit__ also runs, in a generator closed by the exception
class Resource:
    def __init__(self, name): self.name = name
    def __enter__(self): print("acquire", self.name); return self
    def __exit__(self, et, ev, tb):
        print("release", self.name, et.__name__)
        return False
def produce():
    with Resource("gen"):
        yield 1
        yield 2
        raise LookupError("producer ran dry")
with Resource("outer"):
    items = list(produce())
