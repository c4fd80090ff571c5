# bytes methods: split/join/strip, find/count, hex/fromhex, case, translate, partition, and bytes <-> int
b = b"  Hello, Bytes World  "
print(b.strip(), b.lstrip(), b.rstrip(b" d"), b.split(), b.split(b","), b.lower(), b.upper(), b.title(), b.swapcase())
print(b.find(b"Bytes"), b.rfind(b"o"), b.count(b"l"), b.index(b"W"), b.startswith(b"  H"), b.endswith((b"x", b"  ")))
print(b"-".join([b"a", b"b"]), b"abc".replace(b"b", b"XX"), b"a,b,c".partition(b","), b"a,b,c".rpartition(b","))
print(b"\x00\xff\x10".hex(), b"abc".hex("-"), bytes.fromhex("de ad be ef"), bytes.fromhex("00ff").hex(), b"hi".hex(":", 1))
print(b"abc".center(9, b"*"), b"7".zfill(3), b"a\tb".expandtabs(4), b"ab".ljust(4, b"."), b"ab".rjust(4))
print(b"hello".translate(bytes.maketrans(b"el", b"ip")), b"hello".translate(None, b"l"), b"abc".isalpha(), b"123".isdigit(), b" ".isspace())
print(int.from_bytes(b"\x01\x02", "big"), int.from_bytes(b"\x01\x02", "little"), (258).to_bytes(2, "big"), (-2).to_bytes(1, "big", signed=True))
print(list(b"AB"), b"A"[0], b"AB"[1:], bytes([72, 105]), bytes(3), bytes(range(65, 68)), b"x" * 3, b"a" + b"b", b"b" in b"abc", 98 in b"abc")
print(b"one two".split(maxsplit=1), b"a\nb\r\nc".splitlines(), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"), b"aBc".capitalize())

def attempt(f, *args):
    try:
        print(f(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

attempt(b"abc".find, "b")
attempt(b"a".join, ["b"])
attempt(bytes.fromhex, "zz")
attempt(bytes, [256])
attempt(bytes, "text")
attempt(b"ab".split, b"")
attempt(lambda: b"a" + "b")
attempt(int.from_bytes, b"\x00", "middle")
attempt((300).to_bytes, 1, "big")
attempt(b"abc".index, b"z")
print(b"caf\xc3\xa9".decode(), "café".encode("utf-8") == b"caf\xc3\xa9", bytes("x", "ascii"), repr(b"'\"\\"))
