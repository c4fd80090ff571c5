# cmath: every function and rect for each class of real and imaginary part (C99 Annex G special values)
import cmath
inf = float('inf'); nan = float('nan')
values = [-inf, -2.5, -0.0, 0.0, 2.5, inf, nan]
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh']
for name in names:
    f = getattr(cmath, name)
    for x in values:
        row = []
        for y in values:
            try:
                row.append(repr(f(complex(x, y))))
            except Exception as e:
                row.append(type(e).__name__)
        print(name, x, ' '.join(row))
for x in values:
    row = []
    for y in values:
        try: row.append(repr(cmath.rect(x, y)))
        except Exception as e: row.append(type(e).__name__)
    print('rect', x, ' '.join(row))
