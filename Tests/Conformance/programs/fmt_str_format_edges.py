# str.format: auto/manual numbering, attribute and index fields, conversions, nested specs, errors
class P:
    def __init__(self): self.x, self.y = 1, [5, 6]
    def __format__(self, spec): return f"P<{spec}>"
print("{} {} {}".format(1, "a", None))
print("{1} {0} {1}".format("a", "b"))
print("{p.x} {p.y[1]} {d[key]} {d[0]}".format(p=P(), d={"key": "v", 0: "zero"}))
print("{0!r} {0!s} {0!a}".format("ü"))
print("{:>{w}} | {:^{w}.{p}} |".format("ab", "abcdef", w=8, p=3))
print("{0:{1}{2}}".format(3.5, ">", 9))
print("{} {:x}".format(P(), P()))
print("{!r:>12}".format(P.__name__))
print("{0[0]}{0[1]}{0[2]}".format("xyz"))
print("{:,} {:_b} {:e} {:.3%}".format(10**9, 255, 12345.678, 0.12345))
print("{{}} {{{}}}".format("in"))
print("{0}".format(*[7]), "{a}".format(**{"a": 8}))
print(format(P(), "zz"), format(3, ""), format("s"), format(None, ""))
print("ab".format_map({}), "{x}{y}".format_map({"x": 1, "y": 2}))
class Missing(dict):
    def __missing__(self, k): return f"<{k}>"
print("{a} {b}".format_map(Missing(a=1)))
bad = ["{} {1}", "{0} {}", "{", "}", "{0", "{:}}", "{a}", "{2}", "{0.nope}", "{0[5]}",
       "{!x}", "{:q}", "{0!}", "{:s}", "{:,s}", "{:=s}", "{:.2d}"]
for t in bad:
    try:
        print(repr(t), repr(t.format(10, 20)))
    except Exception as e:
        print(repr(t), type(e).__name__, e)
try:
    format(object(), "d")
except TypeError as e:
    print(type(e).__name__, e)
