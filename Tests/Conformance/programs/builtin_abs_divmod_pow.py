# abs, divmod and pow over ints, floats, bools, big ints, user types, and their errors
print(abs(-5), abs(5), abs(-0.0), abs(-2.5), abs(True), abs(-(2**70)), abs(3 - 4j))
print(divmod(7, 3), divmod(-7, 3), divmod(7, -3), divmod(-7, -3))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(2**65, 7), divmod(-(2**65), 10**10))
print(divmod(True, 2), divmod(0, 5))
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2.0, 0.5), pow(0, 0), pow(10, 20))
print(pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7), pow(2, 100, 10**9 + 7), pow(5, 0, 1))
print(pow(base=2, exp=5), pow(2, exp=3, mod=5))

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __abs__(self):
        return Money(abs(self.cents))
    def __divmod__(self, n):
        return divmod(self.cents, n)
    def __rdivmod__(self, n):
        return ("rdivmod", n)
    def __pow__(self, e, mod=None):
        return ("pow", e, mod)
    def __rpow__(self, b):
        return ("rpow", b)
    def __repr__(self):
        return f"Money({self.cents})"

m = Money(-250)
print(abs(m), divmod(m, 100), divmod(7, m), pow(m, 2), pow(m, 2, 3), 2 ** m, m ** 3)

def attempt(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

attempt(abs, "x")
attempt(abs)
attempt(divmod, 1, 0)
attempt(divmod, 1.0, 0)
attempt(divmod, "a", 1)
attempt(pow, 0, -1)
attempt(pow, 0.0, -1)
attempt(pow, 2, 3, 0)
attempt(pow, 3, -1, 6)
attempt(pow, "a", 2)
attempt(pow, 2, 3.0, 5)
attempt(pow, -8, 1 / 3)
attempt(pow, 10.0, 400)
attempt(pow, 1, 2, 3, 4)
print(pow(-1, 0.5))
print(divmod(float("inf"), 1), divmod(1, float("inf")), divmod(-1, float("inf")))
