# str methods: every method with edge cases
s = "Hello, World"
print(s.find("o"), s.find("o", 5), s.find("z"), s.rfind("o"), s.index("W"), s.rindex("l"), s.count("l"), s.count(""), s.count("l", 4, 11))
try:
    s.index("zz")
except ValueError as e:
    print("ValueError", e)
print(s.startswith("He"), s.startswith(("x", "Hel")), s.endswith("ld"), s.endswith("o", 0, 5), s.startswith("W", 7))
print(s.replace("l", "L"), s.replace("l", "L", 2), "aaa".replace("", "-"), "abc".replace("", "-", 2))
print("a,b,,c".split(","), "a b  c ".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), "  x  y ".split(None, 1), "".split(), "".split(","))
print("line1\nline2\r\nline3\r".splitlines(), "a\nb\n".splitlines(True), "".splitlines())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"))
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError", e)
print("abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6), "42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".center(2))
print("  xx  ".strip(), "xxhixx".strip("x"), "abcba".lstrip("ab"), "abcba".rstrip("ab"))
print("hello world".title(), "HeLLo".swapcase(), "hello".capitalize(), "HELLO".casefold(), "ß".upper(), "ǅ".lower())
print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "12.3".isdecimal(), "   ".isspace(), "Title Case".istitle(), "abc".islower(), "ABC".isupper(), "".isalpha(), "x_1".isidentifier(), "1x".isidentifier(), "abc".isascii(), "é".isascii(), "½".isnumeric(), "\t".isprintable())
print("a-b-c".partition("-"), "a-b-c".rpartition("-"), "abc".partition("x"), "abc".rpartition("x"))
print("tab\there".expandtabs(), "a\tb".expandtabs(4), "ab\tc\td".expandtabs(3))
print("prefix_body".removeprefix("prefix_"), "body.py".removesuffix(".py"), "x".removeprefix("y"))
t = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(t), str.maketrans({"a": "1"}), "hello".translate({ord("l"): None, ord("h"): "J"}))
print("abc" * 3, 3 * "ab", "abc" * 0, "abc" * -1, "a" in "abc", "" in "abc", "abc" < "abd", "Z" < "a", "abc"[::-1], "abcdef"[1:5:2], "abc"[-1])
print(ord("A"), chr(97), chr(0x1F600) == "\U0001F600", len("\U0001F600"), ascii("é\n"), repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\x00\x7f\t"))
print("%s" % "x", "abc".encode(), "é".encode("utf-8"))
try:
    "abc"[5]
except IndexError as e:
    print("IndexError", e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print("TypeError", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError", e)
try:
    "abc".center(5, "ab")
except TypeError as e:
    print("TypeError", e)
print(str(), str(12), str(1.5), str([1, "a"]), str(None), str(b"x"), "{}".format("x"))
print("a b c".split(" ", -1), "aXbXc".split("X", 0), "abc".zfill(2), "ab".split("ab"))
print(sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.lower), max("hello"), min("hello"))
