# del of names, attributes, items, slices, tuples of targets, and the errors each raises
a = 1
del a
try:
    a
except NameError as e:
    print(type(e).__name__, e)

lst = list(range(10))
del lst[0]
del lst[-1]
del lst[1:3]
del lst[::2]
print(lst)

d = {"x": 1, "y": 2, "z": 3}
del d["y"]
print(d)
try:
    del d["missing"]
except KeyError as e:
    print(type(e).__name__, e)

class O:
    cls_attr = 5
o = O()
o.p = 1
o.q = 2
del o.p, o.q
print(vars(o))
try:
    del o.p
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del o.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
del O.cls_attr
print(hasattr(O, "cls_attr"))

x, y, z = 1, 2, 3
del (x, y), [z]
print([n for n in ("x", "y", "z") if n in globals()])

def local_del():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(local_del())

class Tracker:
    def __delitem__(self, key):
        print("delitem", key)
    def __delattr__(self, name):
        print("delattr", name)

t = Tracker()
del t[1], t[1:2], t["k", 3]
del t.anything

try:
    del (1).real
except AttributeError as e:
    print(type(e).__name__, e)
tup = (1, 2)
try:
    del tup[0]
except TypeError as e:
    print(type(e).__name__, e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)

def closure_del():
    c = 1
    def inner():
        return c
    del c
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
closure_del()

try:
    exec("del f()")
except SyntaxError as e:
    print(e.msg)
try:
    exec("del 1")
except SyntaxError as e:
    print(e.msg)
