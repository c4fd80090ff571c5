# str predicates: isdigit/isdecimal/isnumeric, isalpha/isalnum, isspace, isidentifier, isprintable, isascii
samples = ["123", "½", "²", "٣", "abc", "abc123", "ab c", "", " \t\n", "\u00a0", "é", "_id", "1x", "class",
           "Ⅻ", "x\x00", "\u200b", "ǅ", "日本", "a\u0301", "𝟙"]
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(),
          s.isidentifier(), s.isprintable(), s.isascii(), s.islower(), s.isupper(), s.istitle())
print("résumé".isalpha(), "résumé".isascii(), "\x7f".isprintable(), "\t".isprintable(), " ".isprintable())
print("Σ".lower(), "ΌΣΟΣ".lower(), "ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
