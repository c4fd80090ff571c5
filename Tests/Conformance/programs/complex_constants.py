# imaginary literals as constants: in functions, expressions, eval/exec, match statements
def f():
    return 1j, 2.5e3J, 0j, 1_000.5j, 0.0j, 1e-7j, 10e400j, -1j, 1 + 2j, 3 - 4.5j, (1j, 2j), 1j * 1j


print(f())
print(eval("1j"), eval("-2.5j + 1"), eval("(1+2j) * (3-4j)"), eval("1j ** 2"), eval("0x10 + 1j"))
exec("z = 5j\nprint(z, type(z).__name__)")
print(1j == 1.0j, 1J.imag, 2j.real, 3j.conjugate(), (4j).__class__.__name__)
g = lambda z=2j: z * 1j
print(g(), g(3))
print([1j] * 3, {1j: 1, 2j: 2}[2j], 1j in [1j], 1j in {0: 1j}.values())


def classify(z):
    match z:
        case 0j:
            return "zero"
        case 1 + 2j:
            return "one plus two j"
        case -1 - 1j:
            return "minus one minus j"
        case 3j:
            return "three j"
        case complex(real=r, imag=0.0):
            return f"real {r}"
        case complex(imag=i) if i > 10:
            return f"big imaginary {i}"
        case complex():
            return "other complex"
        case _:
            return "not complex"


for z in [0, 0j, 1 + 2j, -1 - 1j, 3j, 5 + 0j, 1 + 20j, 1 + 1j, "x", 1]:
    print(repr(z), classify(z))
try:
    match 1j:
        case complex(x):
            pass
except TypeError as e:
    print("TypeError", e)
total = 0j
for k in range(1, 11):
    total += 1j ** k / k
print(total, sum(1j ** k for k in range(8)), abs(sum((1 + 1j) ** k for k in range(5))))
