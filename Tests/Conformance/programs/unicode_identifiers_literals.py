# non-ASCII identifiers (NFKC-normalised), escapes in string and bytes literals, raw strings, string literal concatenation
café = "coffee"
naïve_count = 3
Σ = sum(range(5))
ﬁle = "ligature normalised to file"
print(café, naïve_count, Σ, file, "ﬁle" in dir() , "file" in dir())
class Ωmega:
    def méthode(self): return "accented method"
print(Ωmega().méthode(), Ωmega.__name__, getattr(Ωmega(), "méthode")())
print("\N{GREEK SMALL LETTER ALPHA}\u03b2\U0001F600\x41\101\t|", len("\N{SNOWMAN}"), "\N{LATIN SMALL LETTER E WITH ACUTE}" == "é")
print(r"raw \n stays", len(r"\n"), r"\\", rb"\x00", b"\x00\xff", "tab\there", 'single "double"', "double 'single'")
print("con" "cat" 'en' """ation""", "a" \
      "b", ("multi"
            "line"), f"{1}" "plain" f"{2}")
print("\0" == "\x00", "\177", len("\u00e9"), ascii("é\u200b"), repr("\x7f\x80\u00a0"))
for bad in ["'\\N{NO SUCH NAME}'", "'\\x4'", "'\\u12'", "b'\\u1234' == b'\\\\u1234'", "b'é'", "'unterminated"]:
    try:
        print(bad, eval(bad))
    except SyntaxError as e:
        print(bad, "SyntaxError", e.msg)
print("ǅ".isidentifier(), "x·y".isidentifier(), "℘".isidentifier(), "_٣".isidentifier(), "٣_".isidentifier())
