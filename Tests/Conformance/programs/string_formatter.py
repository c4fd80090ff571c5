# _string: formatter_parser chunks (literals, doubled braces, conversions, nested specs) and errors raised lazily, formatter_field_name_split parts and errors, argument errors
import _string
for s in ["", "abc", "a{0}b", "{}", "{0!r:>10}", "{a.b[c]}", "x{{y}}z", "{:{w}.{p}}", "{!s}", "a{0:}", "{0!}", "}", "{", "a}b", "{0", "{0!r", "{0!rx}", "{[}", "{0:{1}}}", "{{}}", "{0}{1}{2}", "{ab!a:^5} tail", "é{0}ü", "{0[a:b]}", "{!r:}"]:
    try:
        print(repr(s), list(_string.formatter_parser(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for s in ["", "a", "0", "12.x", "a.b.c", "a[0][k]", "a[0].b", "a[", "a.", "a[0]x", "[0]", ".a", "a..b", "0[1]", "a[-1]", "a[01]", "x[ ]", "0.real"]:
    try:
        first, rest = _string.formatter_field_name_split(s)
        print(repr(s), repr(first), list(rest))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
it = _string.formatter_parser("a{0}")
print(type(it).__name__, iter(it) is it)
f, r = _string.formatter_field_name_split("a.b")
print(type(r).__name__, iter(r) is r)
for bad in ["_string.formatter_parser(1)", "_string.formatter_parser()", "_string.formatter_field_name_split(1)", "_string.formatter_field_name_split('a', 'b')"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
it = _string.formatter_parser("ok{}}")
print(next(it))
try:
    next(it)
except ValueError as e:
    print("ValueError", e)
print(_string.__doc__, _string.formatter_parser.__doc__)
