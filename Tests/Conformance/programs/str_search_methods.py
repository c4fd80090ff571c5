# str.find, rfind, index, rindex, count, startswith, endswith with ranges, tuples and negative indices
s = "abracadabra"
print(s.find("a"), s.find("a", 1), s.find("a", 1, 3), s.find("z"), s.rfind("a"), s.rfind("a", 0, -1), s.find(""))
print(s.find("", 11), s.find("", 12), s.rfind(""), s.find("bra", -4), s.rfind("bra", None, 5))
print(s.index("cad"), s.rindex("abra"), s.count("a"), s.count("abra"), s.count(""), s.count("a", 5), s.count("aa"))
print(s.startswith("abr"), s.startswith("bra", 1), s.startswith(("x", "ab")), s.endswith("bra"), s.endswith("cad", 0, 7))
print(s.endswith(("x", "y")), s.startswith(""), "".startswith(""), "".endswith("a"), s.startswith("a", 20))
print("aaaa".count("aa"), "aaaa".replace("aa", "b"), "ab" in s, "" in s, "AB" in s)

def attempt(f, *args):
    try:
        print(f(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

attempt(s.index, "z")
attempt(s.rindex, "z")
attempt(s.find, 1)
attempt(s.startswith, 1)
attempt(s.startswith, ("a", 1))
attempt(s.endswith, ["a"])
attempt(s.count)
attempt(s.find, "a", "1")
attempt(s.index, "a", 1, 2, 3)
attempt(s.find, "a", None, None)
print(s.find("a", True), "日本語テキスト".find("テ"), "日本語".rfind("本"), "éé".count("é"))
print("hello world".title().swapcase().find("W"), "mississippi".rfind("ss", 0, 5))
