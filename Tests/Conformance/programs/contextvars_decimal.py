# gc-stress-interval: 50 (imports threading, os or decimal, whose loading takes minutes when every allocation collects)
# decimal (pure _pydecimal, on contextvars), fractions and statistics.
import decimal
from decimal import Decimal, localcontext, getcontext, setcontext, Context
import fractions
from fractions import Fraction
import statistics
import contextvars

print(Decimal(1) / Decimal(7), getcontext().prec)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), getcontext().prec)
    with localcontext(Context(prec=3, rounding=decimal.ROUND_DOWN)):
        print(Decimal(2) / Decimal(3))
print(Decimal(1) / Decimal(7), getcontext().prec)


def in_other_context():
    getcontext().prec = 4
    return Decimal(10) / Decimal(3)


print(contextvars.copy_context().run(in_other_context), Decimal(10) / Decimal(3))
setcontext(Context(prec=6))
print(Decimal(22) / Decimal(7))
setcontext(decimal.DefaultContext)
print(Decimal("1.1") + Decimal("2.2"), Decimal("3.14159").quantize(Decimal("0.01")))
print(Decimal(2).sqrt(), Decimal("1e-3").exp(), Decimal(10).ln().quantize(Decimal("1.0000")))
try:
    Decimal(1) / Decimal(0)
except decimal.DivisionByZero as e:
    print(type(e).__name__)
print(bool(getcontext().flags[decimal.DivisionByZero]), repr(Decimal("NaN")), Decimal(-0.5).to_integral_value())

print(Fraction(3, 4) + Fraction(1, 6), Fraction("2.5"), Fraction(0.125), Fraction(Decimal("1.1")))
print(Fraction(355, 113).limit_denominator(10), round(Fraction(7, 2)), Fraction(1, 3) ** 2)
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.mode([1, 1, 2]))
print(statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), statistics.variance([Fraction(1, 2), Fraction(3, 4), 1]))
print(statistics.fmean([1, 2, 3]), statistics.geometric_mean([1, 2, 4]), statistics.harmonic_mean([1, 2, 4]))
print(statistics.mean([Decimal("0.5"), Decimal("1.25")]), statistics.quantiles(range(1, 11), n=4))
print(statistics.NormalDist(0, 1).cdf(1.0), statistics.correlation([1, 2, 3], [2, 4, 7]))
