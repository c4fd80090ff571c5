# callable() on functions, classes, instances with and without __call__, and builtin objects
def f():
    pass

class WithCall:
    def __call__(self, *args):
        return ("called", args)

class Without:
    pass

class Meta(type):
    def __call__(cls, *a):
        return "meta call"

class UsesMeta(metaclass=Meta):
    pass

print(callable(f), callable(lambda: 0), callable(print), callable(len), callable(str.upper))
print(callable(WithCall), callable(WithCall()), callable(Without), callable(Without()))
print(callable(1), callable("s"), callable(None), callable([].append), callable(type))
print(callable(UsesMeta), UsesMeta(), callable(classmethod(f)), callable(staticmethod(f)))
print(WithCall()(1, 2))

w = Without()
w.__call__ = lambda: "instance attribute"
print(callable(w))
try:
    w()
except TypeError as e:
    print(type(e).__name__, e)

Without.__call__ = lambda self: "added to class"
print(callable(w), w())

for obj in [1, "text", None, [1]]:
    try:
        obj()
    except TypeError as e:
        print(type(e).__name__, e)

class Prop:
    @property
    def __call__(self):
        return lambda: "through property"
print(callable(Prop()), Prop()())
try:
    callable()
except TypeError as e:
    print(type(e).__name__, e)
