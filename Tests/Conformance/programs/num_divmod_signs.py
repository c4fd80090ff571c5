# // % divmod for every sign combination of ints, floats and big ints; float modulo corners
vals = [7, -7, 2**65 + 3, -(2**65 + 3)]
divs = [2, -2, 3, -3, 2**64, -(2**64)]
for a in vals:
    print(a, [(a // b, a % b) for b in divs])
    print(a, [divmod(a, b) == (a // b, a % b) for b in divs])
for a in [7.5, -7.5, 0.0, -0.0, 1e300]:
    print(a, [divmod(a, b) for b in [2, -2, 0.5, -0.5, 1e-300, float("inf"), -float("inf")]])
print(divmod(-0.0, 1), divmod(0.0, -1), 5 % float("inf"), -5 % float("inf"), 5.0 // float("inf"), -5.0 // float("inf"))
print(-7 % 2, 7 % -2, -1e-20 % 1.0, 1e-20 % -1.0)
print(divmod(True, 2), divmod(10, True), 7 // 2.0, -7 // 2.0, 7 % 2.5, (-7) % 2.5, 2**100 // 3.0)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0), (2**70, 0), (1.5, -0.0)]:
    for op in [lambda: a // b, lambda: a % b, lambda: divmod(a, b), lambda: a / b]:
        try:
            print(op())
        except ZeroDivisionError as e:
            print(type(e).__name__, e)
for bad in [lambda: divmod(1, "a"), lambda: divmod(1j, 1), lambda: 1 // 1j, lambda: "a" % 1.5, lambda: divmod(None, 1)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(divmod(2**200, 7), divmod(-(2**200), 7), (2**200) % -7, 10**30 // -10**15, -(10**30) % 10**15)
