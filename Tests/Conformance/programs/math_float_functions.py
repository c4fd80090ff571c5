# math module: fsum, isclose, dist, hypot, fmod, remainder, modf, frexp, ldexp,
# nextafter, ulp, log1p, expm1, exp2, cbrt, erf, erfc, gamma, lgamma and the inverse
# hyperbolic functions: normal values, inf, nan, -0.0, and their domain and range errors
import math

inf, nan = math.inf, math.nan

def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(repr(r))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

def table(f, values):
    out = []
    for x in values:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(f.__name__, " ".join(out))

print(math.fsum([]), math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([-0.0, -0.0]), math.fsum([-0.0]), math.fsum([2**53, 1, 2**-53]), math.fsum(range(10)))
print(math.fsum([1.7976931348623157e308, -1e292, 1e292]), math.fsum([inf, 1.0]), math.fsum([-inf, -inf]), math.fsum([nan, 1.0]))
print(math.fsum([0.5, 2**-54, 2**-54 * 1.5]), math.fsum([1, 2**-53, -2**-106]), math.fsum(iter([True, 3, 0.25])))
print(math.fsum([1.1, 2.2, 3.3, 4.4, -11.0]), math.fsum([10**20, 1.0, -10**20]), math.fsum([1e308, 1e308, -1e308]) if False else 0)
print(math.fsum(x / 7 for x in range(1000)), math.fsum([2.0**-1074, 2.0**-1074]), math.fsum([-1e-300, 1e-300, 5e-324]))
attempt(math.fsum, [inf, -inf])
attempt(math.fsum, [1e308, 1e308])
attempt(math.fsum, [1e308, 1e308, -1e308])
attempt(math.fsum, [1, "2"])
attempt(math.fsum, 3)
attempt(math.fsum, [2**1024])

print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.1), math.isclose(0.0, 1e-10))
print(math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(inf, inf), math.isclose(inf, -inf), math.isclose(nan, nan), math.isclose(inf, 1e308))
print(math.isclose(5, 5), math.isclose(-0.0, 0.0), math.isclose(1e308, inf, rel_tol=1.0), math.isclose(a=1, b=1.0000000001))
attempt(math.isclose, 1, 2, rel_tol=-1)
attempt(math.isclose, 1, 2, abs_tol=-0.5)
attempt(math.isclose, 1)
attempt(math.isclose, 1, 2, 3)
attempt(math.isclose, 1, "2")
attempt(math.isclose, 1, 2, tol=3)
attempt(math.isclose, 1, 2, rel_tol="x")

print(math.dist([0, 0], [3, 4]), math.dist((1, 2, 3), (4, 6, 15)), math.dist([], []), math.dist([1.5], [-2]), math.dist(iter([1, 1]), (0, 0)))
print(math.dist([1e308, 0], [-1e308, 0]), math.dist([inf, nan], [0, 0]), math.dist([nan, 1], [0, 0]), math.dist([1e-320, 1e-320], [0, 0]))
print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 2, 3, 4, 5), math.hypot(1e-320, 1e-320), math.hypot(1e308, 1e308))
print(math.hypot(inf, nan), math.hypot(nan, 2), math.hypot(0.1, 0.2, 0.3), math.hypot(*[1.1] * 20), math.hypot(2**0.5, 7.25, 1e-5))
attempt(math.dist, [1, 2], [1])
attempt(math.dist, [1], 1)
attempt(math.dist, ["a"], [1])
attempt(math.dist, [1])
attempt(math.hypot, 1, "2")

print(math.fmod(10, 3), math.fmod(-10, 3), math.fmod(10, -3), math.fmod(5.5, inf), math.fmod(-0.0, 2), math.fmod(1, nan), math.fmod(2**60, 0.3))
print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(5, 2), math.remainder(7, 2), math.remainder(-5, 2), math.remainder(5.5, inf))
print(math.remainder(-0.0, 1), math.remainder(nan, 1), math.remainder(1, nan), math.remainder(3e-320, 2e-320), math.remainder(1e308, 3e-308))
attempt(math.fmod, 1, 0)
attempt(math.fmod, inf, 1)
attempt(math.fmod, 1)
attempt(math.remainder, 1, 0)
attempt(math.remainder, inf, 1)
attempt(math.remainder, 1, 2, 3)

print(math.modf(3.25), math.modf(-3.25), math.modf(0.0), math.modf(-0.0), math.modf(inf), math.modf(-inf), math.modf(nan), math.modf(7))
print(math.frexp(8), math.frexp(-0.3), math.frexp(0.0), math.frexp(-0.0), math.frexp(inf), math.frexp(nan), math.frexp(5e-324), math.frexp(1.7976931348623157e308))
print(math.ldexp(1, 10), math.ldexp(0.75, -2), math.ldexp(-0.0, 5), math.ldexp(inf, -5), math.ldexp(1, -1075), math.ldexp(1, -1074), math.ldexp(3, 2**80 * 0), math.ldexp(1.0, -(2**100)))
print(math.ldexp(nan, 2**100), math.ldexp(0.0, 2**100), math.ldexp(1, True), math.ldexp(5e-324, 1074))
attempt(math.ldexp, 1, 1024)
attempt(math.ldexp, 1, 2**100)
attempt(math.ldexp, -1, 2**40)
attempt(math.ldexp, 1, 1.0)
attempt(math.ldexp, "1", 1)
attempt(math.frexp, "x")
attempt(math.modf)

print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0.0, 1), math.nextafter(0.0, -1), math.nextafter(-0.0, 0.0), math.nextafter(0.0, -0.0))
print(math.nextafter(1.7976931348623157e308, inf), math.nextafter(inf, 0), math.nextafter(nan, 1), math.nextafter(1, nan), math.nextafter(3, 3))
print(math.ulp(1.0), math.ulp(-1.0), math.ulp(0.0), math.ulp(-0.0), math.ulp(1e300), math.ulp(1.7976931348623157e308), math.ulp(inf), math.ulp(-inf), math.ulp(nan), math.ulp(2**52), math.ulp(5e-324))
attempt(math.nextafter, 1)
attempt(math.ulp, "1")

values = [0.0, -0.0, 1e-300, 5e-324, 1e-10, 0.5, -0.5, 1.0, -1.0, 2.0, 3.5, -2.5, 10.0, 100.0, 710.0, -745.5, 1e10, 1e300, -1e300, inf, -inf, nan]
for f in [math.log1p, math.expm1, math.exp2, math.cbrt, math.erf, math.erfc, math.asinh, math.acosh, math.atanh,
          math.exp, math.sqrt, math.sinh, math.cosh, math.tanh, math.atan]:
    table(f, values)

gamma_values = [0.0, -0.0, 1.0, 2.0, 3.0, 10.0, 23.0, 24.0, 0.5, 1.5, -0.5, -1.5, 4.7, 5.0000001, 7.3, 20.5, 100.25, 141.5, 170.5, 171.6, 171.7, 200.5,
                -1.0, -2.0, -3.5, -10.25, -100.5, -170.5, -180.3, -200.5, -250.5, 1e-21, -1e-21, 1e-308, 5e-324, 1e-5, 0.99, 1.01, 2.5, 1e10, 1e300, inf, -inf, nan]
table(math.gamma, gamma_values)
table(math.lgamma, gamma_values + [2.0**1020, -(2.0**60) - 0.5, 1e306, 1.5e307])
print(math.erf(0.1), math.erf(1.4999), math.erf(1.5), math.erf(3), math.erfc(0.1), math.erfc(5), math.erfc(-3), math.erfc(27), math.erfc(30))

attempt(math.gamma, "1")
attempt(math.erf)
attempt(math.lgamma, 1, 2)
attempt(math.cbrt, None)
class F:
    def __float__(self):
        return 2.0
class I:
    def __index__(self):
        return 3
print(math.cbrt(F()), math.exp2(I()), math.gamma(I()), math.log1p(True), math.atanh(0), math.acosh(1), math.asinh(2**1000))
