# gc-stress-interval: 50 (imports decimal, whose pure-Python _pydecimal takes minutes to load when every allocation collects)
# decimal (CPython's _pydecimal fallback under Krait): arithmetic, contexts, rounding, formatting.
import decimal
from decimal import Decimal, localcontext, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN

print(Decimal("1.1") + Decimal("2.2"), Decimal(1) / Decimal(7), Decimal("10") ** 20)
print(Decimal("0.1") * 3 == Decimal("0.3"), Decimal(0.1), Decimal("-0"), Decimal("1e-7"))
print(repr(Decimal("3.14")), str(Decimal("1E+2")), Decimal("1.000").normalize(), Decimal("123.456").as_tuple())
print(Decimal("2").sqrt(), Decimal("10").ln(), Decimal("100").log10(), Decimal("1").exp())
print(Decimal("7") // Decimal("-2"), Decimal("7") % Decimal("-2"), divmod(Decimal("7.5"), 2))
print(Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN),
      Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP),
      Decimal("2.679").quantize(Decimal("0.01"), rounding=ROUND_DOWN))
print(round(Decimal("2.5")), round(Decimal("3.14159"), 3), int(Decimal("-7.9")), float(Decimal("1.5")))
print(Decimal("NaN").is_nan(), Decimal("Infinity") > 10**100, Decimal("-inf"), Decimal("sNaN").is_snan())
print(format(Decimal("1234567.891"), ",.2f"), format(Decimal("0.00042"), ".2e"), f"{Decimal('12.5'):>10}|")
print(sorted([Decimal("1.10"), Decimal("1.1"), Decimal("0.9")]), max(Decimal(2), 3), hash(Decimal("1.5")) == hash(1.5))
print(Decimal(10).compare(Decimal(2)), Decimal("1.2").max(Decimal("1.3")), Decimal("5").fma(2, 3))
print(Decimal((0, (1, 4, 1, 4), -3)), Decimal.from_float(0.5), Decimal("1.5").as_integer_ratio())

with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), ctx.prec, +Decimal("3.14159265"))
print(decimal.getcontext().prec, decimal.getcontext().rounding)

ctx = decimal.Context(prec=3, traps=[decimal.DivisionByZero])
print(ctx.add(Decimal("1.234"), Decimal("5.678")), ctx.create_decimal("9.8765"))
for bad in [lambda: ctx.divide(Decimal(1), Decimal(0)), lambda: Decimal("abc"),
            lambda: decimal.Context(traps=[decimal.InvalidOperation]).sqrt(Decimal(-1)),
            lambda: Decimal(1) + 1.5]:
    try:
        print(bad())
    except (decimal.DecimalException, TypeError) as e:
        print(type(e).__name__)
print(issubclass(decimal.DivisionByZero, ZeroDivisionError), issubclass(decimal.InvalidOperation, ArithmeticError))
