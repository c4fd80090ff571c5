# cmath: the functions on finite values (large, tiny, near 1), phase, polar, rect, log with a base
import cmath
vals = [0.5, -0.5, 1.0, -1.0, 2.0, -3.7, 1e-300, -1e-310, 5e-324, 1e300, -1e308, 1.7e308, 0.71, 1.2, 710.0, -710.0, 1e154, 3e-155, 0.0, -0.0]
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh']
for name in names:
    f = getattr(cmath, name)
    for x in vals:
        row = []
        for y in vals:
            try: row.append(repr(f(complex(x, y))))
            except Exception as e: row.append(f"{type(e).__name__}:{e}")
        print(name, x, ' '.join(row))
for x in vals:
    for y in vals:
        z = complex(x, y)
        out = [cmath.isfinite(z), cmath.isnan(z), cmath.isinf(z)]
        try: out.append(cmath.phase(z))
        except Exception as e: out.append(f"{type(e).__name__}:{e}")
        try: out.append(cmath.polar(z))
        except Exception as e: out.append(f"{type(e).__name__}:{e}")
        try: out.append(cmath.rect(x, y))
        except Exception as e: out.append(f"{type(e).__name__}:{e}")
        for b in [2, 1, 0, 1j, z]:
            try: out.append(cmath.log(z, b))
            except Exception as e: out.append(f"{type(e).__name__}:{e}")
        print(x, y, out)
