# uncaught exception raised in __exit__ while another propagates, and in a generator's finally during close by exhaustion
class CM:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError(f"exit saw {et.__name__}")
def gen():
    try:
        yield 1
    finally:
        print("gen finally")
for v in gen():
    print(v)
with CM():
    {}.pop("missing")
