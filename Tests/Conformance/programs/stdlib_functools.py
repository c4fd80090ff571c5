# functools from CPython's library on the native _functools.
import functools

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), fib.cache_info())
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.partial(int, base=2)("101"))

@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n

print(Version(1) <= Version(2), Version(3) > Version(2))

class Lazy:
    @functools.cached_property
    def value(self):
        print("computing")
        return 42

z = Lazy()
print(z.value, z.value)

def wrapper(f):
    @functools.wraps(f)
    def inner(*args):
        return f(*args)
    return inner

@wrapper
def documented():
    "The docstring."

print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
