# str.encode/bytes.decode with utf-8, ascii, latin-1 and error handlers (strict, ignore, replace, backslashreplace, xmlcharrefreplace, surrogateescape)
text = "naïve café ☕ 𝄞"
for enc in ["utf-8", "ascii", "latin-1"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        try:
            print(enc, errors, text.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, type(e).__name__, e, e.start, e.end)
raw = b"ok \xff\xfe bad \xc3\xa9 \xe2\x82"
for enc in ["utf-8", "ascii", "latin-1"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
        try:
            print(enc, errors, ascii(raw.decode(enc, errors)))
        except UnicodeDecodeError as e:
            print(enc, errors, type(e).__name__, e)
print("\udcff".encode("utf-8", "surrogateescape"), "x\udc80y".encode("ascii", "surrogateescape"), b"\xed\xa0\x80".decode("utf-8", "replace"))
print("€".encode(), "€".encode("utf8"), "€".encode("UTF-8"), "a".encode("Latin1"), str(b"\xe9", "latin_1"), str(b"abc", "ascii"), str(b"x", errors="strict"))
for bad in [lambda: "x".encode("no-such-codec"), lambda: b"x".decode("bogus"), lambda: "\ud800".encode(), lambda: "x".encode("utf-8", "bogus_handler"),
            lambda: "é".encode("ascii"), lambda: str(b"x", 5), lambda: b"\x80abc".decode("ascii")]:
    try:
        print(bad())
    except (LookupError, UnicodeError, TypeError) as e:
        print(type(e).__name__, e)
print(len("𝄞"), len("𝄞".encode()), "𝄞".encode()[0], b"\xf0\x9d\x84\x9e".decode())
print(bytes("abc", "utf-8").decode().upper(), "ß".encode("latin-1"), bytearray("é", "utf-8").decode(), memoryview(b"hi").tobytes().decode())
