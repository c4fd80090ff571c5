# str methods and operations
s = "  Hello, World!  "
print(repr(s.strip()), s.lstrip(), s.rstrip() + "|", s.lower(), s.upper(), s.title())
t = "a,b,,c"
print(t.split(","), t.split(",", 1), t.rsplit(",", 1), "a b  c".split(), "x".join("abc"))
print("hello".capitalize(), "Hello".swapcase(), "hello world".count("o"), "abc".find("c"), "abc".find("z"))
print("abc".index("b"), "aXbXc".replace("X", "-"), "aXbXc".replace("X", "-", 1), "abc".startswith(("x", "a")))
print("42".zfill(5), "ab".center(6, "*"), "ab".ljust(4) + "|", "ab".rjust(4), "a\tb".expandtabs(4))
print("line1\nline2\r\nline3".splitlines(), "key=value".partition("="), "a.b.c".rpartition("."))
print("abc".isalpha(), "123".isdigit(), "  ".isspace(), "Ab".isupper(), "ab1".isalnum(), "x_1".isidentifier())
print("ß".upper(), "İ".lower(), "ǅ".title(), "Straße".casefold(), "ΣΑΣ".lower())
print("prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"), "abc" * 3, "-" * 0)
print("abc"[1], "abcdef"[1:4], "abcdef"[::-1], "abcdef"[-2:], len("héllo"), "é" in "café")
print("héllo".encode(), "héllo".encode("latin-1"), str(b"abc", "ascii"), "abc" < "abd", "b" > "abc")
table = str.maketrans("ab", "xy", "c")
print("abcabc".translate(table), ord("€"), "\u00e9" == "é")
for bad in ["'abc'.index('z')", "'a' + 1", "'abc'[5]", "'x'.join([1])", "''.split('')"]:
    try:
        eval(bad)
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
