# str.format and format_map: positional/keyword fields, attribute and index lookups, conversions, nesting
print("{} {} {}".format(1, "two", 3.0), "{1} {0} {1}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0[1]} {0[k]} {1.real}".format({1: "one", "k": "kay"}, 5j), "{0!r} {0!s} {0!a}".format("é"))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "{:*^11}".format("mid"), "{:08.3f}".format(-3.14159))
print("{0:{1}}|{0:{fill}{align}{width}}".format("x", 5, fill="-", align=">", width=4))
print("{{literal}} {}".format("value"), "{:,}".format(10**9), "{:_b}".format(255), "{:#x}".format(255))
print("{:%}".format(0.25), "{:.1e}".format(12345), "{:g}".format(1e-10), "{:+d} {: d}".format(5, 5))
print("{a[0]}{a[1]}".format(a="xy"), "{0.__class__.__name__}".format(1), "{!r:>6}".format("q"))

class Namespace(dict):
    def __missing__(self, key):
        return f"<{key}>"
print("{known} and {unknown}".format_map(Namespace(known="K")))

class Obj:
    attr = "A"
    def __format__(self, spec):
        return f"Obj[{spec}]"
print("{0.attr} {0:custom}".format(Obj()))

def attempt(fmt, *args, **kwargs):
    try:
        print(fmt.format(*args, **kwargs))
    except (IndexError, KeyError, ValueError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)

attempt("{}")
attempt("{0} {}", 1, 2)
attempt("{} {1}", 1, 2)
attempt("{name}")
attempt("{0.missing}", 1)
attempt("{0[5]}", [1])
attempt("{!x}", 1)
attempt("{:d}", "s")
attempt("{", 1)
attempt("}", 1)
attempt("{0:{1:{2}}}", 1, 2, 3)
attempt("{0[}", 1)
attempt("{:=^5s}", "a")
print("{0:>{1}}".format(3.14, 8), "%s and %r" % ("s", "r"), "%5.2f%%" % 99.555, "%-5d|" % 3, "%x %o %e" % (255, 8, 1.5))
