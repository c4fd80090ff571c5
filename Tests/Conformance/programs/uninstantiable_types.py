# Calling builtin types that make no instances (generators, builtin functions, descriptors)
# raises TypeError (Krait crashed); __init__ with arguments on objects whose type keeps
# object.__init__ is accepted when the type has its own __new__
def gen():
    yield 1
async def co(): pass
class K:
    def m(self): pass
c = co()
types = [type(gen()), type(len), type(K().m), type(c), type(iter([])), type(iter(range(1))), type({}.keys()), type(iter({})), type(print.__call__), type(int.__add__), type(str.join), type(dict.__dict__["fromkeys"]), type(...), type(NotImplemented), type(None), type(K.__dict__), type(K.__dict__["__dict__"]), type(int.real)]
c.close()
for T in types:
    try:
        print(T.__name__, T())
    except TypeError as e:
        print(T.__name__, e)
    print(T.__name__, T.__new__ is object.__new__, T.__init__ is object.__init__)
for o in [gen(), len, K().m, iter([]), property(), staticmethod(len), classmethod(len)]:
    try:
        print(type(o).__name__, o.__init__(None))
    except TypeError as e:
        print(type(o).__name__, e)
p = property(lambda s: 1)
p.__init__(lambda s: 2)
class P:
    x = p
print(P().x)
