# big integer arithmetic: factorial digit sums, Fibonacci by doubling, integer square roots by Newton, digits of e and pi by spigot-free series
def factorial(n):
    r = 1
    for i in range(2, n + 1): r *= i
    return r
f100 = factorial(100)
print(len(str(f100)), sum(map(int, str(f100))), str(f100)[:20], f100 % (10**9 + 7), str(f100).count("0"), len(str(f100)) - len(str(f100).rstrip("0")))
def fib_pair(n):
    if n == 0: return 0, 1
    a, b = fib_pair(n // 2)
    c = a * (2 * b - a); d = a * a + b * b
    return (d, c + d) if n % 2 else (c, d)
f1000 = fib_pair(1000)[0]
print(len(str(f1000)), str(f1000)[:15], str(f1000)[-15:], f1000.bit_length())
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x: x, y = y, (y + n // y) // 2
    return x
r = isqrt(2 * 10**100); print(r, r * r <= 2 * 10**100 < (r + 1) ** 2)
def e_digits(n):
    scale = 10 ** (n + 10)
    total, term, k = 0, scale, 0
    while term:
        total += term; k += 1; term //= k
    return str(total // 10**10)
print(e_digits(60))
def arctan_inv(x, scale):
    total = term = scale // x
    n, sign, x2 = 1, -1, x * x
    while term:
        term //= x2; n += 2
        total += sign * (term // n); sign = -sign
    return total
def pi_digits(n):
    scale = 10 ** (n + 10)
    return str((16 * arctan_inv(5, scale) - 4 * arctan_inv(239, scale)) // 10**10)
print(pi_digits(60))
print(pow(3, 10**5, 10**20), (2**521 - 1) % 1000003, divmod(10**50 + 7, 12345678901), (-(10**40)) // 7, hex(2**200 - 1)[:12])
