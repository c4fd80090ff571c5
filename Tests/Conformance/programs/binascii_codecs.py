# binascii's encoders and decoders round-trip and match CPython byte for byte:
# hex (with separators), base64, uu, quoted-printable, CRC-32 and CRC-CCITT.
import binascii
import array

samples = [b"", b"\x00", b"a", b"ab", b"abc", b"abcd", bytes(range(256)),
           b"hello world\n", b"\xff\xfe\xfd" * 7, b"x" * 45]

for s in samples:
    h = binascii.hexlify(s)
    assert binascii.unhexlify(h) == s and binascii.a2b_hex(h.upper()) == s
    assert binascii.b2a_hex(s) == h
    b = binascii.b2a_base64(s)
    assert binascii.a2b_base64(b) == s
    assert binascii.a2b_base64(b[:-1], strict_mode=True) == s
    print(len(s), h[:40], b[:40], binascii.b2a_base64(s, newline=False)[-6:])
    print("  crc", binascii.crc32(s), binascii.crc32(s, 12345), binascii.crc_hqx(s, 0), binascii.crc_hqx(s, 0xFFFF))
    if len(s) <= 45:
        u = binascii.b2a_uu(s)
        assert binascii.a2b_uu(u) == s, (s, u)
        print("  uu", u, binascii.b2a_uu(s, backtick=True))
    q = binascii.b2a_qp(s)
    assert binascii.a2b_qp(q) == s, (s, q)
    print("  qp", q[:60])

# Separators for hexlify, counted from the right or (negative) from the left.
data = bytes(range(1, 8))
for sep in (":", b"-", " ", b"\x7f"):
    for n in (1, 2, 3, -2, -3, 0, 7, 8, -8, 100):
        print(repr(sep), n, binascii.hexlify(data, sep, n), binascii.b2a_hex(data, sep=sep, bytes_per_sep=n))
print(binascii.hexlify(b"", ":"), binascii.hexlify(b"\x01", ":"), binascii.hexlify(data, bytes_per_sep=3))

# str arguments where CPython takes ASCII text.
print(binascii.unhexlify("DEADbeef"), binascii.a2b_base64("aGVsbG8="), binascii.a2b_uu("%:&5L;&\\\n"))
print(binascii.a2b_qp("a=3Db=\nc"), binascii.a2b_hex(bytearray(b"00ff")), binascii.a2b_base64(memoryview(b"YQ==")))
print(binascii.hexlify(bytearray(b"\x01\x02")), binascii.hexlify(memoryview(b"xyz")), binascii.hexlify(array.array("H", [1, 258])))
print(binascii.crc32(array.array("i", [1, 2, 3])), binascii.crc32(memoryview(b"abcdef")[::2].tobytes()))

# CRC arguments are masked to their C width.
print(binascii.crc32(b"abc", -1), binascii.crc32(b"abc", 2**40 + 5), binascii.crc32(b"abc", True))
print(binascii.crc_hqx(b"abc", -1), binascii.crc_hqx(b"abc", 2**40 + 5), binascii.crc_hqx(b"", 0x12345))
crc = 0
for chunk in (b"The quick ", b"brown fox ", b"jumps"):
    crc = binascii.crc32(chunk, crc)
print(crc == binascii.crc32(b"The quick brown fox jumps"), crc)

# base64 leniency outside strict mode, and the characters strict mode refuses.
for text in (b"YW Jj\n", b"Y!W@J#j", b"YWJj====", b"YW==Jj", b"YQ==YQ==", b"YQ=", b"Y=Q=", b"\x80YQ=="):
    try:
        print(text, binascii.a2b_base64(text))
    except binascii.Error as e:
        print(text, "Error", e)

# uu: length byte, padding, '`' for zero, whitespace and stray characters at the end.
for line in (b" \n", b"`\n", b"!80``\n", b"!80  \n", b"#86)C\n", b"#86)C   \n", b"#86)C``\n", b"#86)\n", b"\n", b"", b"!\n", b"$" + b"A" * 10):
    try:
        print(line, binascii.a2b_uu(line))
    except binascii.Error as e:
        print(line, "Error", e)

# quoted-printable in all its modes.
texts = [b"plain text", b"tab\tend\t", b"space end ", b"a=b", b"caf\xe9", b"line1\nline2\n", b"crlf\r\nline\r\n",
         b"under_score and space", b".\n", b"x\n.\n", b"." , b"\x00\x01\x7f", b"y" * 80, b"z" * 74 + b"==",
         b"w " * 40 + b"\n", b"mixed\r\nends\n", b"\r", b"bare\rcr", b"q" * 75 + b"\n" + b"r" * 76]
for t in texts:
    outs = [binascii.b2a_qp(t), binascii.b2a_qp(t, quotetabs=True), binascii.b2a_qp(t, istext=False),
            binascii.b2a_qp(t, header=True), binascii.b2a_qp(t, True, False, True)]
    print(t[:20], outs)
    for o in outs:
        back = binascii.a2b_qp(o, header=b"_" in o)
        if back != t:
            print("   differs:", back[:30])
for enc in (b"=41=42", b"=4", b"=", b"==", b"=\r\nx", b"=\rx", b"= \nx", b"=zz", b"a_b", b"=4g", b"=a1=B2", b"soft=\n", b"=\r"):
    print(enc, binascii.a2b_qp(enc), binascii.a2b_qp(enc, header=True), binascii.a2b_qp(enc, True))
