# str.split, rsplit, splitlines, partition, rpartition and join, with maxsplit and separators
s = "  alpha  beta gamma  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1), s.split(" ", 3))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "".split(","), "".split())
print("one\ntwo\r\nthree\rfour\x0bfive\x1csix".splitlines(), "x\n\ny\n".splitlines(keepends=True))
print("no newline".splitlines(), "\n".splitlines(), "".splitlines())
print("key=value=x".partition("="), "key=value=x".rpartition("="), "none".partition("="), "none".rpartition("="))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "::".join(("1",)), " ".join(map(str, range(3))))
print("a b".split(sep=None, maxsplit=-1), "a-b-c".split("-", maxsplit=0), "a\tb\nc d".split())
print("aXbXc".split("X"), "XaXbX".split("X"), "abc".split("abc"), "aaa".split("a"))

def attempt(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

attempt("a b".split, "")
attempt("a b".partition, "")
attempt(",".join, [1, 2])
attempt(",".join, ["a", None])
attempt(",".join, 5)
attempt("a".split, 1)
attempt("a".split, ",", "1")
attempt("a".splitlines, 1, 2)
attempt("a".rpartition)
print("\u2028sep\u2029par\x85nel".splitlines(), "a\u3000b".split())
words = "the quick brown fox".split()
print(" ".join(reversed(words)), "-".join(w.capitalize() for w in words))
