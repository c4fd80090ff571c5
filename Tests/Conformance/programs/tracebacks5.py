# uncaught custom exception with a custom __str__ raised from a generator and recursion
class AppError(Exception):
    def __init__(self, code): super().__init__(code); self.code = code
    def __str__(self): return f"application failed with code {self.code}"
def countdown(n):
    if n == 0:
        raise AppError(42)
    return countdown(n - 1)
def gen():
    yield 1
    countdown(3)
    yield 2
g = gen()
print(next(g))
print(next(g))
