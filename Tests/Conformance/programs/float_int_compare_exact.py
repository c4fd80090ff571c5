# exact comparisons between ints and floats beyond 2**53, with inf and nan; min/max/sorted with mixed numbers; float equality quirks
big = 2**53
print(big == float(big), big + 1 == float(big + 1), big + 1 > float(big), float(big) < big + 1, big + 1 != 2.0**53)
print(10**400 > 1e308, 10**400 < float("inf"), -10**400 > float("-inf"), 10**400 == float("inf"))
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, 1 < nan, nan in [nan], [nan] == [nan], nan is nan, (nan,) == (nan,))
print(max(1, 2.0), max(2.0, 2), min(2, 2.0), max([1, 2**70, 3.5]), sorted([3, 1.5, 2**60, -0.0, 0, True]), max(0.0, -0.0), min(-0.0, 0.0))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15, 1e16 + 1 == 1e16, 2**63 == 2.0**63, 2**63 - 1 == 2.0**63, int(2.0**63) - 2**63)
print(float(2**63 - 1) == 2**63, 9007199254740993 == 9007199254740992.0, 9007199254740993 < 9007199254740994.0, -big - 1 < -float(big))
print(1 == 1.0 == True, 0 == -0.0 == False, 3 < 3.0000000000000004, 2**1023 * 2 > 1.7976931348623157e308, (2**1024) > float("1e308"))
print(sorted([2, 1, 0]), [x for x in [1, nan, 2] if x == x], float("inf") == 10**1000)
try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
print(5 / 2 == 2.5, 2**200 / 2**199, 10**30 / 10**15, (10**30 + 1) / 10**30, 2**1100 // 2**1000, 2**-1100 == 0.0)
try:
    2**2000 / 3
except OverflowError as e:
    print(type(e).__name__, e)
print(2**2000 // 3 % 1000, (2**2000 // 2**1999), 7 / 7, type(4 / 2).__name__, 1e-320 / 1e10, -1e-320 / 1e10)
