# evaluation order: operands left to right, assignment targets after values, call arguments, dict displays
log = []
def v(name, value=None):
    log.append(name)
    return name if value is None else value

def show(label):
    print(label, log)
    log.clear()

v("a") + v("b") * v("c"); show("binary")
v("f", print)(v("x"), v("y"), k=v("z")); show("call")
{v("k1"): v("v1"), v("k2"): v("v2")}; show("dict")
[v("l1"), *v("l2", [0]), v("l3")]; show("list")
d = {}
d[v("key")] = v("value"); show("subscript assign")
class O: pass
o = O()
v("obj", o).attr = v("val"); show("attribute assign")
x = [0, 0]
x[v("i", 0)], x[v("j", 1)] = v("first"), v("second"); show("tuple assign")
v("cond", True) and v("rhs"); show("and")
v("cond2", 0) or v("rhs2"); show("or")
v("t") if v("test", False) else v("e"); show("conditional")
v("lo", 1) < v("mid", 2) < v("hi", 3); show("chained")
v("lo", 5) < v("mid", 2) < v("hi", 3); show("chained short")
counts = {"n": 0}
counts[v("ck", "n")] += v("inc", 1); show("augmented subscript")
o.attr = 1
v("o2", o).attr += v("one", 1); show("augmented attribute")
[v(f"comp{i}") for i in range(2)]; show("comprehension")
f"{v('f1')}{v('f2')}"; show("f-string")
def defaults(a=v("default_a"), b=v("default_b")):
    pass
show("defaults at def")
@v("decorator", lambda f: f)
def decorated(): pass
show("decorator")
y = z = v("chain"); show("chain assign")
print(v("p1"), v("p2")); show("print args")
try:
    v("before")
    1 / 0
    v("after")
except ZeroDivisionError:
    v("handler")
finally:
    v("finally")
show("try")
