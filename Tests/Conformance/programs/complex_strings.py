# complex(str): the accepted forms, whitespace, parentheses, underscores and errors


class S(str):
    pass


texts = [
    "1+2j", "1-2j", " (1+2j) ", "(1+2j)", "1", "-1", "+1.5", "j", "J", "-j", "+J", "1+j", "1-J", "1e5j", "1E-5J",
    "2.5e+3j", "1e5+1e-5j", "infj", "-infj", "inf", "-inf+nanj", "nan", "NaN-NANj", "infinityj", "INFINITY-INFINITYj",
    "inf+infj", "-nanj", "1_000j", "1_0.5_0+2_5j", "1e1_0j", "(1)", "( 1j )", "(\t1+1j\n)", " 1 ", "\t\n\x0b\x0c\r1j\r",
    ".5j", "5.j", "5.", ".5", "0j", "-0j", "-0-0j", "0.0-0.0j", "1e500", "1e500j", "-1e500-1e500j", "1e-400j",
    "1" * 400, "0." + "0" * 400 + "1j", "123456789012345678901234567890j",
    "\u30001\u3000", "\u00a0(1+2j)\u2003", "\uff11\uff12j", "\u0661+\u0662j", "1\u20002j",
    "", " ", "()", "(", ")", "(1", "1)", "(1+2j", "1+2j)", "((1))", "1+", "1-", "+", "-", "+-1j", "1++2j", "1+-2j",
    "1 + 2j", "1 +2j", "1+ 2j", "1j+2", "1j2", "2j1", "1jj", "jj", "1e", "1e+", "1ej", "1e+j", "1..2", "..5",
    "1.2.3j", "0x10", "0b1", "1_", "_1", "1__2j", "1_j", "1j_", "1_.5", "1._5", "1e_5j", "(1_0j)", "1+_2j",
    "inf_j", "infinj", "nanj5", "in", "i", "1i", "1+2i", "\x001j", "1\x00", "1_\x002", "\x00", "1j\x00",
    "\x1c1j", "1j\x85", "\x85(1j)\x85", "é", "1é", "1_é", "\udc801", "1\u00b2j", "\u00bdj", "\u2167",
]
for t in texts:
    try:
        print(repr(t), repr(complex(t)))
    except Exception as e:
        print(repr(t), type(e).__name__, e)
print(complex(S("1+2j")), complex(S(" 3j ")), type(complex(S("1"))).__name__)
for bad in [b"1j", bytearray(b"1"), memoryview(b"1")]:
    try:
        complex(bad)
    except TypeError as e:
        print(type(bad).__name__, "TypeError", e)
# a string round-trips through repr (values from a fixed linear congruential sequence)
state = 12345


def next_value():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state


for _ in range(300):
    mantissa = (next_value() >> 11) / 2 ** 53 - 0.5
    exponent = next_value() % 600 - 300
    imag = [0.0, -0.0, 1e-300, (next_value() >> 11) / 2 ** 53][next_value() % 4]
    z = complex(mantissa * 10.0 ** exponent, imag)
    assert complex(repr(z)) == z and repr(complex(repr(z))) == repr(z), z
print("round trips ok")
