# function argument binding: defaults, *args, keyword-only, positional-only, **kwargs and all binding errors
def f(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs

print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(a=1, c=2), f(*[1, 2], **{"c": 3, "z": 0}))

def pos_only(a, b, /, c, *, d):
    return a, b, c, d
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))

def mutable_default(item, bucket=[]):
    bucket.append(item)
    return bucket
print(mutable_default(1), mutable_default(2), mutable_default(3, []), mutable_default.__defaults__)

def attempt(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)

attempt(f)
attempt(f, 1)
attempt(f, 1, 2, c=3, a=4)
attempt(pos_only, 1, 2, 3, 4)
attempt(pos_only, a=1, b=2, c=3, d=4)
attempt(pos_only, 1, 2, 3)

def simple(x, y):
    return x - y
attempt(simple, 1)
attempt(simple, 1, 2, 3)
attempt(simple, 1, y=2, z=3)
attempt(simple, y=1)
attempt(simple, 1, x=1)

def kw_only(*, key):
    return key
attempt(kw_only, 1)
attempt(kw_only)
def no_args():
    return "none"
attempt(no_args, 1)
attempt(no_args, k=1)
def star_only(*args):
    return args
attempt(star_only, k=1)
print(star_only(), star_only(*range(3)), simple(*(5,), **{"y": 1}))

def introspect(a, b=1, *c, d, e=2, **f):
    pass
code = introspect.__code__
print(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_varnames, introspect.__defaults__, introspect.__kwdefaults__)
def annotated(x: int, y: "str" = "s") -> bool:
    return True
print(annotated.__annotations__)
