# the native math and time modules: values, domain and range errors, clocks that move forward
import math, time
print(math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.trunc(-3.7), math.log(8, 2), math.log(math.e))
print(math.pi, math.tau, math.e, math.inf, math.nan, math.hypot(3, 4), math.exp(1), math.pow(2, 0.5))
print(math.sin(0), math.cos(0), math.atan2(1, 1), math.degrees(math.pi), math.radians(180), math.fabs(-2))
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308), math.copysign(3, -0.0), math.log10(1000), math.log2(8))
print(math.floor(7), type(math.floor(2.5)).__name__, math.sqrt(True), math.sqrt(10**20))
for e in ["math.sqrt(-1)", "math.log(0)", "math.log(-1, 2)", "math.exp(1000)", "math.pow(0, -1)", "math.floor(float('inf'))",
          "math.floor(float('nan'))", "math.sqrt('x')", "math.sqrt()", "math.log(2, 1)", "math.acos(2)"]:
    try:
        print(e, eval(e))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as x:
        print(e, type(x).__name__, x)
t0, n0 = time.perf_counter(), time.perf_counter_ns()
time.sleep(0.01)
print(type(t0).__name__, type(n0).__name__, time.perf_counter() - t0 >= 0.01, time.time() > 1.6e9, time.monotonic() > 0)
