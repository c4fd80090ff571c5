# round(): banker's rounding, ndigits (also negative), exact binary values, ints, and __round__
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.7), round(-3.7))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(123.456, 1), round(123.456, -1))
print(round(1234.5678, -2), round(-1234.5, -3), round(5.5, 0), round(1e300, -300), round(0.1 + 0.2, 10))
print(round(7), round(15, -1), round(25, -1), round(-25, -1), round(12345, -2), round(2**70 + 5, -1) % 100)
print(round(True), round(1, 5), round(10**30, -29), type(round(2.5)), type(round(2.5, 0)), type(round(5, 1)))
print(round(float("inf"), 2), round(float("nan"), 1), round(-0.0), round(-0.4, 0), round(0.0, 3))
print(round(1.23456789e-10, 12), round(9.99999, 3), round(2**-1074, 400))

class Price:
    def __init__(self, v):
        self.v = v
    def __round__(self, n=None):
        return ("rounded", self.v, n)
print(round(Price(3)), round(Price(3), 2), round(Price(3), None))

def attempt(*args):
    try:
        print(round(*args))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

attempt(float("inf"))
attempt(float("nan"))
attempt("1.5")
attempt(1.5, 1.0)
attempt(1.5, "1")
attempt()
attempt(object())
print(round(1.5, None), round(2.5, ndigits=None), round(number=2.45, ndigits=1))
print([round(x / 10) for x in range(-25, 30, 5)])
