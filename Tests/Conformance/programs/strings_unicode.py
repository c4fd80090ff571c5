# str with non-ASCII text: len, indexing, slicing, case mapping, find, repr/ascii escapes, ord/chr, comparisons, escape sequences
s = "naïve café ΣΑΣ Ünïcødé 日本語 😀!"
print(len(s), s[2], s[-2], s[11:14], s[::-1], s.upper(), s.lower(), s.title(), s.swapcase(), s.casefold())
print(s.find("日"), s.index("😀"), s.count("é"), s.split(), s.encode("utf-8"), s.isascii(), "日本".isalpha(), "٣".isdigit(), "Ⅻ".isnumeric())
print(repr("tab\t nl\n cr\r bs\\ q' nul\x00 bell\x07 del\x7f nbsp\xa0 zw\u200b bom\ufeff emoji😀 surr"), ascii("ü😀\u200b"))
print([ord(c) for c in "aé€😀"], chr(233), chr(0x10FFFF) == "\U0010ffff", "\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "é", "\x41\101\u0041")
print("é" < "f", "Z" < "a" < "é" < "日", sorted("éabzÉ"), max("日本語"), "ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
print("straße".center(11, "·"), "日本".ljust(5, "*"), "x".join("日本語"), "a😀b".replace("😀", "-"), "日本語"[1:], "ab" * 2 + "日")
print(r"raw \n string", b"bytes" if False else "", "multi" "part" 'concat', """triple
quoted""", 'mixed "quotes"', "it's")
print(f"{'日本':>6}|{'é':^5}|{'😀'!r}|{'ü'!a}", "{:.2}".format("日本語"), "%5s|%-5s|" % ("é", "日"))
print("Σίσυφος".upper(), "ΣΊΣΥΦΟΣ".lower(), "ǆ".title(), "ǈ".upper(), "hello world".title(), "they're bill's".title())
print(str.isidentifier("變數"), "變數".isprintable(), "\u2028".isspace(), "\u2028x".splitlines(), "a\x1cb\x1dc\x1ed\x85e".splitlines())
print("  \u3000x\u3000 ".strip(), "x\u00a0y".split(), "１２３".isdecimal(), int("１２３"), float("１.５"))
