# cmath: constants, argument conversion, isclose, and the errors of every function
import cmath
import math

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj, type(cmath.infj).__name__)
print(cmath.pi == math.pi, cmath.e == math.e, sorted(n for n in dir(cmath) if not n.startswith("_")))
print(cmath.__doc__)


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class WithComplex:
    def __complex__(self):
        return 1 + 1j


class WithFloat:
    def __float__(self):
        return 4.0


class WithIndex:
    def __index__(self):
        return 9


class BadComplex:
    def __complex__(self):
        return "x"


class BadFloat:
    def __float__(self):
        return 1


arguments = [("int", 4), ("big int", 2 ** 80), ("huge int", 10 ** 400), ("bool", True), ("float", 2.25),
             ("complex", 3 - 4j), ("__complex__", WithComplex()), ("__float__", WithFloat()), ("__index__", WithIndex()),
             ("str", "1"), ("None", None), ("list", [1]), ("bad __complex__", BadComplex()), ("bad __float__", BadFloat())]
for label, arg in arguments:
    show("sqrt " + label, lambda: cmath.sqrt(arg))
    show("phase " + label, lambda: cmath.phase(arg))
    show("isnan " + label, lambda: cmath.isnan(arg))

names = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log", "log10", "sin", "sinh",
         "sqrt", "tan", "tanh", "phase", "polar", "isfinite", "isinf", "isnan"]
for name in names:
    f = getattr(cmath, name)
    show(name + "()", lambda: f())
    show(name + "(1, 2)", lambda: f(1, 2))
    show(name + "(z=1)", lambda: f(z=1))
    show(name + "(0)", lambda: f(0))
    show(name + "(1)", lambda: f(1))
    show(name + "(-1)", lambda: f(-1))
    show(name + "(1e308+1e308j)", lambda: f(complex(1e308, 1e308)))
    show(name + "(1000+1000j)", lambda: f(complex(1000, 1000)))
    show(name + "(-1000j)", lambda: f(-1000j))
show("log(0, 2)", lambda: cmath.log(0, 2))
show("log(2, 1)", lambda: cmath.log(2, 1))
show("log(2, 0)", lambda: cmath.log(2, 0))
show("log(8, 2)", lambda: cmath.log(8, 2))
show("log(1j, 1j)", lambda: cmath.log(1j, 1j))
show("log(-1, -1)", lambda: cmath.log(-1, -1))
show("log(1, 2, 3)", lambda: cmath.log(1, 2, 3))
show("log(1, 'a')", lambda: cmath.log(1, "a"))
show("log(x=1)", lambda: cmath.log(x=1))
show("rect()", lambda: cmath.rect())
show("rect(1)", lambda: cmath.rect(1))
show("rect(1, 2, 3)", lambda: cmath.rect(1, 2, 3))
show("rect('a', 1)", lambda: cmath.rect("a", 1))
show("rect(1j, 1)", lambda: cmath.rect(1j, 1))
show("rect(r=1, phi=2)", lambda: cmath.rect(r=1, phi=2))
show("rect(2, pi/2)", lambda: cmath.rect(2, math.pi / 2))
show("rect(1, -0.0)", lambda: cmath.rect(1, -0.0))
show("rect(-1, -0.0)", lambda: cmath.rect(-1, -0.0))
show("rect(1e308, 1)", lambda: cmath.rect(1e308, 1))
show("rect(WithFloat(), WithIndex())", lambda: cmath.rect(WithFloat(), WithIndex()))
show("polar(1.7e308+1.7e308j)", lambda: cmath.polar(complex(1.7e308, 1.7e308)))
show("polar(nan)", lambda: cmath.polar(complex(math.nan, 1)))
show("phase(2+5e-324j)", lambda: cmath.phase(complex(2, 5e-324)))
show("phase(-2+5e-324j)", lambda: cmath.phase(complex(-2, 5e-324)))
show("phase(-1-0j)", lambda: cmath.phase(complex(-1, -0.0)))

inf = math.inf
nan = math.nan
for a, b, kw in [(1, 1, {}), (1, 1 + 1e-10, {}), (1, 1 + 1e-8, {}), (1j, 1.0000000001j, {}), (0, 1e-10, {}),
                 (0, 1e-10, {"abs_tol": 1e-9}), (1, 1.1, {"rel_tol": 0.2}), (1, 1.1, {"rel_tol": 0.05}),
                 (inf, inf, {}), (complex(inf, 1), complex(inf, 1), {}), (inf, -inf, {}), (inf, 1e308, {}),
                 (nan, nan, {}), (complex(nan, 1), 1, {}), (1e308 + 1e308j, -1e308 - 1e308j, {}), (1, 2, {"rel_tol": 1}),
                 (1, 1, {"rel_tol": -1}), (1, 1, {"abs_tol": -1}), (1, 1, {"rel_tol": "a"}), (1, 1, {"foo": 1}),
                 (WithComplex(), 1 + 1j, {}), ("1", 1, {}), (1, 1, {"rel_tol": WithIndex()})]:
    def name(x):
        return type(x).__name__ if type(x).__module__ == "__main__" else repr(x)
    label = ", ".join([name(a), name(b)] + [f"{k}={name(v)}" for k, v in kw.items()])
    show(f"isclose({label})", lambda: cmath.isclose(a, b, **kw))
show("isclose(1)", lambda: cmath.isclose(1))
show("isclose(1, 2, 3)", lambda: cmath.isclose(1, 2, 3))
show("isclose(a=1, b=1)", lambda: cmath.isclose(a=1, b=1))
show("isclose(1, a=1)", lambda: cmath.isclose(1, a=1))
show("isclose(b=1)", lambda: cmath.isclose(b=1))
show("isclose(1, 2, a=1, foo=2)", lambda: cmath.isclose(1, 2, a=1, foo=2))
show("isclose(1, 2, foo=2, a=1)", lambda: cmath.isclose(1, 2, foo=2, a=1))
show("isclose(1, foo=2)", lambda: cmath.isclose(1, foo=2))
