# math module: rounding functions, powers and logs, trigonometry, special values, and domain errors
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(3), math.ceil(2**70) == 2**70, math.trunc(7.9))
print(math.sqrt(2), math.exp(1) == math.e, math.log(100, 10), math.log2(1024), math.log10(0.001), math.log(math.e), math.log(8, 2))
print(math.sin(math.pi / 2), round(math.cos(math.pi), 10), math.atan2(1, -1), math.degrees(math.pi), math.radians(180), math.hypot(3, 4))
print(math.fabs(-3), math.copysign(1, -0.0), math.copysign(3, 1), math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308))
print(math.inf > 1e308, -math.inf, math.nan != math.nan, math.pow(2, 0.5), math.tau / 2 == math.pi, math.pi, math.e)
print(math.tan(0), math.asin(1), math.acos(1), math.atan(1) * 4 == math.pi, math.sinh(0), math.cosh(0), math.tanh(0))
print(math.floor(-0.0), math.ceil(-0.5), math.sqrt(0.0), math.sqrt(-0.0), math.exp(-math.inf), math.log(math.inf))

def attempt(f, *args):
    try:
        print(f(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

attempt(math.sqrt, -1)
attempt(math.log, 0)
attempt(math.log, -1)
attempt(math.exp, 1000)
attempt(math.acos, 2)
attempt(math.sqrt, "4")
attempt(math.pow, 0, -1)
attempt(math.floor, "x")
attempt(math.log, 10, 1)
attempt(math.floor, math.inf)
attempt(math.ceil, math.nan)
class HasFloor:
    def __floor__(self):
        return "custom floor"
class HasFloat:
    def __float__(self):
        return 16.0
print(math.floor(HasFloor()), math.ceil(7.0000001), math.trunc(True), math.sqrt(HasFloat()), math.floor(True))
