# center/ljust/rjust/zfill with odd margins and fill chars, strip family with char sets, expandtabs, translate/maketrans
for w in range(0, 8):
    print(repr("ab".center(w, "*")), repr("abc".center(w)), repr("x".ljust(w, "-")), repr("x".rjust(w, "é")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(2), "".zfill(3), "abc".zfill(6), "-".zfill(3), "+-1".zfill(5))
print(repr("  xx  ".strip()), repr("xxhixx".strip("x")), repr("abchicba".strip("abc")), repr("\t\n x \x0b".strip()))
print(repr("www.example.com".lstrip("cmowz.")), repr("mississippi".rstrip("ips")), repr("".strip("a")), repr("aaa".strip("a")))
print(repr("a\tbc\td".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(0)), repr("ab\ncd\tx\r\tz".expandtabs(3)))
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()), "abcdd-cab".translate(t))
t2 = str.maketrans({"a": "AA", "b": None, 99: 100})
print(sorted(t2.items()), "abcabc".translate(t2))
print("hello".translate({ord("l"): "L"}), "hello".translate({}), "héllo".translate({0xe9: "e"}))
class Table:
    def __getitem__(self, k):
        if k == ord("x"): raise LookupError
        return k + 1
print("abxz".translate(Table()))
for f in [lambda: "a".center(3, "ab"), lambda: "a".ljust(2, ""), lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}),
          lambda: "a".translate({97: 1.5}), lambda: "a".zfill("3"), lambda: "a".strip(1), lambda: str.maketrans(1)]:
    try:
        print(repr(f()))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
