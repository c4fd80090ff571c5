# repr() and ascii() of builtin values, escapes, recursion, and user __repr__
values = ["plain", "quote'", 'dq"', "both'\"", "tab\tnl\ncr\r", "\x00\x7f\x80", "é", "日本", "\U0001f600",
          "\ud800", b"bytes\x00\xff'", 1.5, -0.0, float("nan"), 1e300 * 10, 2**64, (1,), (), [1, [2]],
          {"k": [1]}, {1, 2}, frozenset(), set(), None, True, Ellipsis, NotImplemented, 3 + 0j, range(1, 5, 2),
          slice(1, None), bytearray(b"ab")]
for v in values:
    print(repr(v), ascii(v))

lst = [1]
lst.append(lst)
print(repr(lst))
d = {}
d["self"] = d
print(repr(d))

class Plain:
    pass
print(repr(Plain()).startswith("<__main__.Plain object at 0x"))

class Custom:
    def __repr__(self):
        return "Custom(ñ)"
print(repr(Custom()), ascii(Custom()), str(Custom()), f"{Custom()!r} {Custom()!a}")
print([Custom()], ascii([Custom()]))

class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)

class RaisingRepr:
    def __repr__(self):
        raise ValueError("no repr")
try:
    print([RaisingRepr()])
except ValueError as e:
    print(type(e).__name__, e)

class StrOnly:
    def __str__(self):
        return "str form"
print(str(StrOnly()), repr(StrOnly())[:18])
print(repr("a" * 3), repr(str), repr(int), repr(len), repr(type(None)))
try:
    repr()
except TypeError as e:
    print(type(e).__name__, e)
