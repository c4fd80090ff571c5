# chr and ord across ASCII, Latin-1, the BMP, astral planes and surrogates, with their errors
for c in ["a", "Z", "0", " ", "\n", "é", "ÿ", "Ā", "€", "日", "\uffff", "\U00010000", "\U0010ffff", "\ud800"]:
    n = ord(c)
    print(repr(c), n, hex(n), chr(n) == c)
print(ord(b"A"), ord(bytearray(b"z")), chr(65) + chr(0x263a))
print("".join(chr(ord(ch) + 1) for ch in "HAL"))
print([chr(i) for i in range(0x41, 0x47)])

def attempt(f, arg):
    try:
        print(f(arg))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

attempt(ord, "")
attempt(ord, "ab")
attempt(ord, 65)
attempt(ord, b"")
attempt(ord, b"ab")
attempt(chr, -1)
attempt(chr, 0x110000)
attempt(chr, 2**70)
attempt(chr, "a")
attempt(chr, 1.0)
attempt(chr, True)

class I:
    def __index__(self):
        return 97
print(chr(I()))
print(sorted("banana", key=ord), max("hello", key=ord))
