# round(): banker's rounding for ints and floats, negative ndigits, representation-exact halves, __round__
print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4.5000001]])
print([round(x, 1) for x in [0.05, 0.15, 0.25, 0.35, 2.675, 1.005, -0.25]], round(2.675, 2), round(1.005, 2))
print([round(x, -1) for x in [5, 15, 25, -5, -15, 14.9, 15.0, 25.0]], round(1234.5678, -2), round(1234.5678, 3))
print(round(123456, -2), round(-123456, -3), round(150, -2), round(250, -2), round(2**70 + 5, -1) - 2**70, round(5, 2), round(5, -10))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 0)).__name__, round(2.5, None), round(-0.0), round(-0.4, 0))
print(round(1e300, -300), round(1e-300, 300), round(123.456, 400), round(123.456, -400), round(0.1 + 0.2, 15), round(True), round(True, 2))
for bad in [lambda: round(float("inf")), lambda: round(float("nan")), lambda: round("1"), lambda: round(1.5, 1.0), lambda: round(1, "x"),
            lambda: round(float("inf"), 2), lambda: round()]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
class R:
    def __round__(self, n=None): return f"rounded {n}"
print(round(R()), round(R(), 3), round(R(), None))
class NoRound: pass
try:
    round(NoRound())
except TypeError as e:
    print(type(e).__name__, e)
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5), math.floor(2**70 + 0.0) == 2**70, int(1e20), int(-1e-5))
