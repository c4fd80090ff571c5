# math.log, log2 and log10 of ints too large for a float, as CPython's loghelper: the
# int is split into a mantissa and a power of two, so no OverflowError.
import math
values = [10**1000, 2**5000, 10**400, 2**1024, 2**1024 - 1, 2**1023, 3**2000, 7**777 + 1, 10**308,
          (2**53 + 1) << 2000, (2**54 - 1) << 1100, 2**100000 - 1, True, 1, 17]
for v in values:
    print(v.bit_length(), math.log(v), math.log2(v), math.log10(v))
print(math.log(10**1000, 10), math.log(2**2000, 2**100), math.log(10**500, 10**250), math.log(7, 10**400))
class I(int): pass
print(math.log(I(10**1000)), math.log2(I(2**3000)))
for bad in (0, -1, -10**1000, 0.0, -2.5):
    for f in (math.log, math.log2, math.log10):
        try:
            f(bad)
        except ValueError as e:
            print(f.__name__, bad if abs(bad) < 10 else "huge", e)
try:
    math.log(10**1000, 1)
except ZeroDivisionError as e:
    print(e)
print(math.log(2.5), math.log2(0.125), math.log10(1e-300), math.log(float("inf")))
