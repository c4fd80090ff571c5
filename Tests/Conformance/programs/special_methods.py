# object protocol dunders: __repr__/__str__ fallbacks, __eq__ default identity, __hash__ and dict keys, __call__, __index__, __int__/__float__, __round__, __format__
class Plain: pass
p = Plain()
print(p == p, p != p, p == Plain(), hash(p) == hash(p), str(p) == repr(p), bool(p))
class R:
    def __repr__(self): return "R-repr"
class S:
    def __str__(self): return "S-str"
print(R(), str(R()), repr(R()), [R()], f"{R()}", f"{R()!r}", S(), str(S()), [S()][0].__str__(), "%s %r" % (R(), R()))
class Key:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Key) and self.k == o.k
    def __hash__(self): return hash(self.k)
    def __repr__(self): return f"Key({self.k})"
d = {Key(1): "one", Key(2): "two"}
print(d[Key(1)], Key(2) in d, len({Key(1), Key(1), Key(3)}), sorted({Key(5): 1}, key=lambda k: k.k))
class EqOnly:
    def __eq__(self, o): return True
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError", e)
print(EqOnly.__hash__)
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print([10, 20, 30][Idx(1)], "abc"[Idx(2)], bin(Idx(5)), hex(Idx(255)), range(Idx(3)), [1, 2, 3, 4][Idx(1):Idx(3)], (5).__pow__(2))
class Num:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __round__(self, n=None): return f"rounded {n}"
    def __abs__(self): return "abs!"
    def __neg__(self): return "neg!"
print(int(Num()), float(Num()), round(Num()), round(Num(), 2), abs(Num()), -Num())
class Call:
    def __call__(self, *a, **k): return f"called {a} {k}"
c = Call(); print(c(1, x=2), callable(c), callable(Call))
try:
    Plain()()
except TypeError as e:
    print("TypeError", e)
class Len:
    def __len__(self): return 5
    def __contains__(self, x): return x == "in"
print(len(Len()), "in" in Len(), "out" in Len(), bool(Len()))
class Ctx:
    def __enter__(self): return self
    def __exit__(self, *a): print("exit args", a); return False
with Ctx() as cc:
    print(type(cc).__name__)
class Rich:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Rich({self.v})"
print(sorted([Rich(3), Rich(1), Rich(2)]), max(Rich(3), Rich(7)), min([Rich(4), Rich(0)]), Rich(5) > Rich(2))
try:
    Rich(1) <= Rich(2)
except TypeError as e:
    print("TypeError", e)
class Iterable:
    def __iter__(self): yield from (1, 2, 3)
print(list(Iterable()), sum(Iterable()), 2 in Iterable(), [*Iterable()], dict.fromkeys(Iterable()), tuple(Iterable()))
class Str2(object):
    def __repr__(self): return "<Str2>"
print(str(Str2()), format(Str2()), "{}".format(Str2()), f"{Str2():}" if False else "")
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError", e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError", e)
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError", e)
class Hash2:
    def __hash__(self): return 2 ** 100
print(hash(Hash2()) == hash(2 ** 100))
class Bool2:
    def __bool__(self): return False
    def __len__(self): return 3
print(bool(Bool2()), not Bool2())
