# split/rsplit with and without sep and maxsplit, splitlines boundaries, partition/rpartition, removeprefix/suffix
s = "  a  b\tc\n d  "
print(s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(" "), s.rsplit(" ", 2))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2), ",".split(","), "".split(","), "".split())
print("aXXbXXXc".split("XX"), "aXXbXXXc".rsplit("XX"), "abc".split("abc"), "abcabc".split("abc", 0))
print("a\u2028b\x1cc\x85d\re\r\nf\n".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "\n".splitlines())
print("x\x0by\x0cz".splitlines(), "l1\r\n\r\nl3".splitlines(keepends=True))
print(" \u3000a\u3000b\u2003".split(), "a\x1fb\x1ec".split())
for t in ["key=value=more", "novalue", "=x", "x="]:
    print(t.partition("="), t.rpartition("="))
print("abc".partition("abc"), "aaa".partition("aa"), "aaa".rpartition("aa"))
for bad in [lambda: "a".split(""), lambda: "a".partition(""), lambda: "a".split(1), lambda: "a".rsplit("", 1),
            lambda: "a".split(",", "1"), lambda: "a".partition(None)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("TestCase".removeprefix("Test"), "TestCase".removesuffix("Case"), "abc".removeprefix(""), "abc".removesuffix("abcd"))
print("a b c".split(maxsplit=1), "a b c".rsplit(sep=" ", maxsplit=1), "a,b".split(sep=","))
print(b"a b  c".split(), b"a,b".partition(b","), bytearray(b"x\ny").splitlines(), b"  x ".rsplit(None, 0))
print("-".join(reversed("a-b-c".split("-"))), "".join([]), ", ".join(map(str, range(5))))
try:
    "-".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
