# str.replace with counts, str.translate with maketrans tables, and encode round trips
s = "the cat sat on the mat"
print(s.replace("at", "og"), s.replace("at", "og", 2), s.replace("the ", ""), s.replace("", "-", 3), "aaa".replace("a", "aa"))
print("abc".replace("", "."), "".replace("", "x"), "abc".replace("b", "", -1), s.replace("zzz", "y"))
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table), table)
print("hello".translate(str.maketrans({"h": "J", "o": None, "l": "L"})))
print("remove vowels".translate(str.maketrans("", "", "aeiou")))
print("a1b2".translate({ord("1"): "one", ord("2"): 50}))
print(str.maketrans({"a": 1, 98: "B"}))

class Table:
    def __getitem__(self, k):
        if k == ord("x"):
            return "X"
        raise LookupError
print("xyx".translate(Table()))

def attempt(f, *args):
    try:
        print(f(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

attempt(str.maketrans, "ab", "x")
attempt(str.maketrans, {"ab": 1})
attempt(str.maketrans, 1)
attempt(str.maketrans, "a", "b", 5)
attempt("a".translate, {97: 5.5})
attempt("a".replace, "a")
attempt("a".replace, 1, "b")
attempt("a".replace, "a", "b", "c")
print("naïve café".encode(), "naïve".encode("ascii", "replace"), "naïve".encode("ascii", "ignore"))
print("naïve".encode("latin-1"), b"na\xc3\xafve".decode(), b"caf\xe9".decode("latin-1"), "x".encode("utf-8"))
attempt("naïve".encode, "ascii")
attempt(b"\xff".decode)
print(b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), "\u20ac".encode("utf-16-le") if False else "")
