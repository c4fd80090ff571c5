# find/rfind/index/rindex/count/startswith/endswith with start/end (negative, out of range, None), tuples of prefixes
s = "abracadabra"
for sub in ["a", "abra", "", "z", "ra", s, s + "x"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 3), s.rfind(sub, 0, 8), s.count(sub, -5), s.find(sub, -100, 100))
print("".find(""), "".count(""), "abc".find("", 3), "abc".find("", 4), "abc".rfind("", 10), "abc".count("", 1, 2))
print(s.find("a", None, None), s.find("a", 5, None), s.count("a", None, -1), s.find("a", 20))
print(s.startswith("abr"), s.startswith(("x", "ab")), s.startswith("cad", 4), s.startswith("", 11), s.startswith("", 12))
print(s.endswith("bra"), s.endswith(("ra", "zz"), 0, 5), s.endswith("ab", 0, -3), s.endswith(()), s.startswith("a", -1))
for f in [lambda: s.index("z"), lambda: s.rindex("z"), lambda: s.index("a", 20), lambda: s.startswith(["a"]),
          lambda: s.endswith(("a", 1)), lambda: s.find(), lambda: s.count("a", "b"), lambda: s.find(1)]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(s.index("c"), s.rindex("a"), s.index("a", 1, 4), "ääbä".find("b"), "日本語日本".rfind("日本"), "🐍a🐍".count("🐍"))
print(b"abcab".find(b"b"), b"abcab".rfind(98), bytearray(b"abab").count(b"ab"), b"xyz".index(b"z"), b"ab".startswith((b"x", b"a")))
