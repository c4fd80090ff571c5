# bytes methods: hex/fromhex with separators, case and predicates, justify, strip, split, join, replace, count, translate
b = b"Hello, World"
print(b.hex(), b.hex(":"), b.hex("-", 3), b.hex(" ", -4), bytes.fromhex("de ad be ef"), bytes.fromhex(""))
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b"abc1".isalnum(), b"ab".isalpha(), b"12".isdigit())
print(b"   ".isspace(), b"Ab Cd".istitle(), b"AB".isupper(), b"ab".islower(), b"\x80".isascii(), b"".isalpha())
print(b.center(16, b"*"), b.ljust(14, b"."), b.rjust(14), b"7".zfill(3), b"-7".zfill(4))
print(b"  x  ".strip(), b"xxaxx".strip(b"x"), b"abc".lstrip(b"a"), b"abc".rstrip(b"bc"))
print(b.split(b", "), b"a b  c".split(None, 1), b"a.b.c".rsplit(b".", 1), b"a\nb\r\nc".splitlines(True))
print(b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"".join([]), b.replace(b"l", b"L", 2), b.count(b"l"))
print(b.startswith(b"Hell"), b.endswith((b"x", b"ld")), b.find(b"o"), b.rfind(b"o"), b.index(b"W"), b.rindex(b"l"))
print(b.partition(b", "), b.rpartition(b"o"), b.removeprefix(b"Hello"), b.removesuffix(b"World"))
tbl = bytes.maketrans(b"lo", b"01")
print(b.translate(tbl), b.translate(None, b"lo"), b.translate(tbl, b"H"), b"a\tb".expandtabs(4))
print(bytes(range(65, 70)), bytes(3), bytes([1, 255]), bytes("é", "utf-8"), bytes(b"x"), bytes(memoryview(b"mv")))
print(b"x" * 3, 2 * b"ab", b"a" + b"b", b"b" in b"abc", 98 in b"abc", b"" in b"", list(b"hi"), b[1], b[-1], b[2:5], b[::-3])
print(b"abc" < b"abd", b"ab" < b"abc", b"a" == bytearray(b"a"), hash(b"abc") == hash(b"abc"), b"x".decode(), b"\xc3\xa9".decode("utf-8"))
print(repr(b"\x00\x7f\x80\xff'\"\\\n\t"), repr(b"it's"), repr(b'"'), str(b"s"))
for f in [lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("a"), lambda: b"a".join(["s"]), lambda: b"a" + "b",
          lambda: bytes([256]), lambda: bytes(-1), lambda: b"\xff".decode(), lambda: b"a".center(3, "x"),
          lambda: b"abc".index(b"z"), lambda: bytes("s"), lambda: b"ab"[5], lambda: bytes.maketrans(b"ab", b"c")]:
    try:
        print(f())
    except (ValueError, TypeError, IndexError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
