# math module: gcd, lcm, isqrt, factorial, comb, perm and prod, with big ints, bools,
# __index__ arguments, and the argument and domain errors
import math

def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(type(r).__name__, r)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

big = 2**200 + 12345
print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(12, 18), math.gcd(-12, 18), math.gcd(12, -18, 27))
print(math.gcd(0, 0), math.gcd(0, -5), math.gcd(2**64, 2**32 * 3), math.gcd(big * 6, big * 9) == big * 3)
print(math.gcd(True, 4), type(math.gcd(True)), math.gcd(Idx(10), Idx(4)), math.gcd(1, 2**100, 3**80))
print(math.gcd(3**100, 3**60 * 2**30) == 3**60, math.gcd(-(2**70), 0) == 2**70, math.gcd(2**63, 2**62))
print(math.gcd(2**127 - 1, 2**89 - 1), math.gcd(10**30, 10**25 * 7) == 10**25, math.gcd(-7))
print(math.lcm(), math.lcm(0), math.lcm(-4), math.lcm(4, 6), math.lcm(-4, 6), math.lcm(4, 6, 10), math.lcm(0, 5, 7))
print(math.lcm(2**64, 3**40) == 2**64 * 3**40, math.lcm(big, big * 2) == big * 2, math.lcm(True, Idx(7)))
attempt(math.gcd, 1.5)
attempt(math.gcd, 4, "6")
attempt(math.gcd, 1, 2, 3.0)
attempt(math.gcd, 1, x=2)
attempt(math.lcm, 2, 2.0)
attempt(math.lcm, 0, None)
attempt(math.lcm, a=1)

for n in [0, 1, 2, 3, 4, 15, 16, 17, 24, 25, 99, 100, 2**32 - 1, 2**32, 2**52 + 1, 2**62, 2**63 - 1, 2**64 - 1, 2**64, 10**40, 2**200 - 1, 2**201, 3**333]:
    r = math.isqrt(n)
    print(n.bit_length(), r.bit_length(), r * r <= n < (r + 1) * (r + 1), r % 1000003)
print(math.isqrt(True), math.isqrt(Idx(50)), math.isqrt(10**100) == 10**50, math.isqrt((10**50 + 1)**2 - 1) == 10**50)
attempt(math.isqrt, -1)
attempt(math.isqrt, -(2**100))
attempt(math.isqrt, 4.0)
attempt(math.isqrt)
attempt(math.isqrt, 1, 2)

print([math.factorial(n) for n in range(25)])
print(math.factorial(30), math.factorial(100) % 10**30, len(str(math.factorial(1000))), math.factorial(True))
print(math.factorial(Idx(5)), math.factorial(2000) % 1000000007, math.factorial(3000) // math.factorial(2999))
attempt(math.factorial, -1)
attempt(math.factorial, -(2**100))
attempt(math.factorial, 2**100)
attempt(math.factorial, 5.0)
attempt(math.factorial, "5")
attempt(math.factorial)

print([math.comb(10, k) for k in range(12)], math.comb(0, 0), math.comb(5, 7), math.comb(True, True))
print(math.comb(67, 33), math.comb(68, 34), math.comb(100, 50), math.comb(1000, 500) % 10**20, math.comb(300, 2))
print(math.comb(2**70, 1) == 2**70, math.comb(2**70, 2) == 2**70 * (2**70 - 1) // 2, math.comb(2**70, 2**70 - 3) == math.comb(2**70, 3))
print(math.comb(2**64 + 5, 5) % 10**9, math.comb(10**6, 3), math.comb(Idx(6), Idx(3)), math.comb(2**70, 2**71))
print([math.perm(6, k) for k in range(8)], math.perm(5), math.perm(0), math.perm(20, 20), math.perm(21, 21), math.perm(30, 10))
print(math.perm(200, 7), math.perm(128, 5), math.perm(2**70, 2) == 2**70 * (2**70 - 1), math.perm(2**64, 3) % 10**9, math.perm(10, None))
print(math.perm(1000, 300) % 10**20, math.perm(Idx(7), 2), math.perm(3, 2**80))
attempt(math.comb, -1, 2)
attempt(math.comb, 5, -2)
attempt(math.comb, 5.0, 2)
attempt(math.comb, 5, "2")
attempt(math.comb, 5)
attempt(math.comb, 2**70, 2**69)
attempt(math.comb, n=5, k=2)
attempt(math.perm, -3)
attempt(math.perm, -3, 1)
attempt(math.perm, 3, -1)
attempt(math.perm, 2**70, 2**69)
attempt(math.perm, 2.0, 1)
attempt(math.perm, 1, 2, 3)
attempt(math.perm, 2**100)

print(math.prod([]), math.prod([], start=5), math.prod(range(1, 11)), math.prod([2.5, 4]), math.prod([2, 2.5]), math.prod([3], start=2.0))
print(math.prod(range(1, 40)) == math.factorial(39), math.prod([2**40, 2**40, 3]), math.prod([1.5, 2**70]), math.prod(iter([True, True])))
print(math.prod([[1], 3]), math.prod(["ab", 2], start=1), math.prod([2, 3], start=[0]), math.prod((1.0, float("inf"), 0.0)))
print(math.prod([-(2**62), 2]), math.prod([2**62, 2, -1]), math.prod([1.0, -0.0]), math.prod([2**31, 2**31, 2**31]))
attempt(math.prod, [1, "a", 2.0])
attempt(math.prod, 5)
attempt(math.prod)
attempt(math.prod, [1], 2)
attempt(math.prod, [1], begin=2)
attempt(math.prod, iterable=[1])
attempt(math.prod, [None])
