# str methods on non-ASCII text: casefold vs lower, title, swapcase, isidentifier, isprintable, numeric predicates
words = ["Straße", "ΣΊΣΥΦΟΣ", "ǅungla", "İstanbul", "ﬁne", "ΜΆΪΟΣ", "groß", "ŉ", "Ǳ"]
for w in words:
    print(w, w.lower(), w.upper(), w.casefold(), w.title(), w.swapcase(), w.capitalize(), len(w.upper()))
print("straße".casefold() == "STRASSE".casefold(), "ß".upper(), "ﬃ".upper(), "ﬃ".casefold())
ids = ["abc", "_x1", "1abc", "ñame", "名前", "a-b", "", "a b", "__init__", "x\u0301", "\u2160", "def", "Ⅸ"]
print([(s, s.isidentifier()) for s in ids])
for s in ["123", "١٢٣", "½", "²", "Ⅻ", "12.5", "", "٣x", "①", "一"]:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum(), s.isalpha())
for s in ["abc", "a\tb", "a\nb", "\x7f", "é", "\u200b", " ", "\xa0", "\u2028", ""]:
    print(ascii(s), s.isprintable(), s.isspace(), s.isascii())
for s in ["Hello World", "hello world", "HELLO", "Hello world", "ǅ", "1A", "A1b", "", "Σσ"]:
    print(repr(s), s.istitle(), s.isupper(), s.islower())
print("ǆ".title(), "ǆa".capitalize(), "ﬂour".title(), "o'neil's".title(), "they're bill's".title())
print("ΑΣ ΑΣ.".lower(), "ΑΣΑ".lower(), "Σ".lower(), "ΑΣ1".lower())
print(ascii("ῼ".lower()), ascii("ῼ".upper()), ascii("ῳ".title()))
