# __basicsize__, __itemsize__, __dictoffset__ and __weakrefoffset__ as CPython 3.11 reports them,
# for builtin types and for classes laid out on them (managed dicts report
# -(basicsize + 24); var-sized bases put the dict at -8).
import builtins
def gen(): yield
rows = []
for name in sorted(dir(builtins)):
    t = getattr(builtins, name)
    if isinstance(t, type) and name != "__loader__":
        rows.append((name, t))
for t in (type(iter([])), type({}.keys()), type(gen()), type(gen.__code__), type(gen), type(None), type(len), type(type.__dict__)):
    rows.append((t.__name__, t))
class C: pass
class D: __slots__ = ('a', 'b')
class W: __slots__ = ('__weakref__',)
class E(int): pass
class F(str): pass
class G(tuple): pass
class H(Exception): pass
class I(D): pass
class J(list): __slots__ = ('x',)
class K(bytes): pass
for t in (C, D, W, E, F, G, H, I, J, K):
    rows.append((t.__name__, t))
for name, t in rows:
    print(name, t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__)
async def co(): pass
async def ag(): yield
class K:
    def m(self): pass
c = co()
import sys
for t in (type(c), type(ag()), type(sys._getframe()), type((lambda x: lambda: x)(1).__closure__[0]), type(K().m), type(ExceptionGroup("x", [ValueError()])), type(iter(range(3))), type(sys.flags), type(sys), type(...)):
    print(t.__name__, t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__)
c.close()
class C2(C): pass
class DS: __slots__ = ('__dict__', 'x')
class WS: __slots__ = ('x', '__weakref__', 'y')
class DW(D): __slots__ = ('__dict__', '__weakref__')
class M(type): pass
class Mod(type(sys)): pass
class L(list): pass
class St(set): pass
class Dc(dict): __slots__ = ('k',)
class HS(Exception): __slots__ = ('code',)
class FS(str): __slots__ = ()
class Mixed(D, W): pass
for t in (C2, DS, WS, DW, M, Mod, L, St, Dc, HS, FS):
    print(t.__name__, t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__)
print([type(type.__dict__[n]).__name__ for n in ("__basicsize__", "__itemsize__", "__dictoffset__", "__weakrefoffset__")])
