# str case methods, strip family, padding (center/ljust/rjust/zfill) and expandtabs
for s in ["hello World", "ÉCOLE", "straße", "ǅungla", "iİıI", "3rd place", "", "ΣΑΣ"]:
    print(repr(s), s.upper(), s.lower(), s.casefold(), s.title(), s.capitalize(), s.swapcase())
print("  pad  ".strip(), "xxhixx".strip("x"), "  a ".lstrip(), " a  ".rstrip(), "abcba".strip("ab"), "..a..".rstrip("."))
print("www.example.com".lstrip("w."), "mississippi".rstrip("ips"), "\t\n x \r\f\v".strip(), repr("\u3000a\u3000".strip()))
print("ab".center(6), "ab".center(7, "*"), "ab".ljust(5, "-"), "ab".rjust(5, "0"), "abc".center(2), "a".center(4))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(5), "".zfill(2), "-".zfill(3))
print("a\tb\tc".expandtabs(), "a\tbb\tccc".expandtabs(4), "x\ty\n\tz".expandtabs(2), "\t".expandtabs(0))
print("prefix_name".removeprefix("prefix_"), "name.txt".removesuffix(".txt"), "abc".removeprefix("x"), "abc".removesuffix(""))

def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

attempt("a".center, 5, "ab")
attempt("a".ljust, 5, "")
attempt("a".rjust, "5")
attempt("a".strip, 1)
attempt("a".zfill)
attempt("a".expandtabs, "4")
attempt("a".upper, 1)
attempt("a".removeprefix, None)
print("Hello".istitle(), "HELLO".isupper(), "hello".islower(), "Hello World".istitle(), "123".isupper())
