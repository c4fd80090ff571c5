# custom exception classes: __str__/__repr__ overrides, args vs attributes, __init__ not calling super, pickling-free reduce, printing in handlers
class ParseError(Exception):
    def __init__(self, line, col, msg):
        super().__init__(line, col, msg)
        self.line, self.col, self.msg = line, col, msg
    def __str__(self): return f"{self.line}:{self.col}: {self.msg}"
e = ParseError(3, 7, "unexpected token")
print(e, repr(e), e.args, str(e), f"{e}", "%s" % e, [e])
class NoSuper(Exception):
    def __init__(self, code): self.code = code
n = NoSuper(5); print(repr(n), n.args, str(n), n.code)
class ReprOnly(ValueError):
    def __repr__(self): return "<ReprOnly!>"
r = ReprOnly("text"); print(r, repr(r), [r])
class KeyLike(KeyError): pass
print(str(KeyLike("k")), str(KeyError("quoted")), str(KeyError("a", "b")), str(KeyError()), repr(KeyError(None)))
class BadStr(Exception):
    def __str__(self): raise RuntimeError("str failed")
try:
    str(BadStr())
except RuntimeError as err:
    print(type(err).__name__, err)
print(e.__reduce__()[0].__name__, e.__reduce__()[1], n.__reduce__()[1], NoSuper.__mro__[1].__name__)
class WithDefault(Exception):
    def __init__(self, msg="default message"): super().__init__(msg)
print(WithDefault(), WithDefault("x"), WithDefault().args)
class Hierarchy(Exception): pass
class Leaf(Hierarchy, LookupError): pass
try:
    raise Leaf("both")
except LookupError as caught:
    print("caught as LookupError", [c.__name__ for c in type(caught).__mro__])
raise ParseError(10, 2, "final uncaught parse error")
