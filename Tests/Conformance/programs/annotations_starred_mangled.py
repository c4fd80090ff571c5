# Function annotations: private parameter names are mangled; `*args: *Ts` (PEP 646).
class C:
    def f(self, __x: int, *__a: str, __k: "K" = 1, **__kw: bytes) -> None:
        pass
    def g(self, x: "__y") -> "__z":
        pass
print(C.f.__annotations__)
print(C.g.__annotations__)

class Unpackable:
    def __iter__(self):
        yield "unpacked"
def star(*args: *Unpackable()):
    pass
print(star.__annotations__)
try:
    def bad(*args: *[1, 2]):
        pass
except ValueError as e:
    print("ValueError:", e)

ns = {}
exec("from __future__ import annotations\ndef h(*args: *Ts, __p: q): pass\nclass D:\n    def m(self, __p: int): pass", ns)
print(ns["h"].__annotations__, ns["D"].m.__annotations__)
