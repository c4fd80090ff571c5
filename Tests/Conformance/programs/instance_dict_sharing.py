import sys
class A:
    def __init__(s, k): s.x = k; s.y = k * 2
    def m(s): return s.x + s.y
objs = [A(i) for i in range(100)]
print(sum(o.m() for o in objs))
a = objs[3]
a.z = 9; print(a.__dict__)
b = objs[4]
b.y2 = 1; print(b.__dict__)
c = objs[5]; del c.x; print(c.__dict__, c.m.__name__)
try: c.m()
except AttributeError as e: print(e)
d = objs[6]; d.__dict__['q'] = 1; d.__dict__[1] = 2; print(d.__dict__)
e = objs[7]; e.m = lambda: 'shadow'; print(e.m(), objs[8].m())
f = A(1); f.__dict__.clear(); print(f.__dict__); f.y = 3; f.x = 4; print(f.__dict__, f.m())
g = A(2); print(list(reversed(g.__dict__.items())), g.__dict__.popitem(), g.__dict__)
class B(A): pass
bs = [B(i) for i in range(60)]
print(sum(o.m() for o in bs), sum(o.x for o in objs + bs if hasattr(o, "x")))
for i in range(40): setattr(objs[10], 'a%d' % i, i)
print(len(objs[10].__dict__), list(objs[10].__dict__)[:5])
h = A(5); print(h.__dict__, vars(h) == {'x': 5, 'y': 10}, {**vars(h)})
class C:
    pass
cs = []
for i in range(5):
    o = C(); o.p = i
    if i % 2: o.q = i
    else: o.r = i
    cs.append(o)
print([vars(o) for o in cs])
print(sorted(vars(cs[1]).keys() | {'z'}))
# A class's instances change shape while methods and attributes are cached.
class P:
    def __init__(s, v): s.v = v
    def get(s): return s.v
def run(ps):
    return [p.get() + p.v for p in ps]
ps = [P(i) for i in range(80)]
print(sum(run(ps)))
for i, p in enumerate(ps):
    if i % 3 == 0: p.get = (lambda i=i: -i)
print(sum(run(ps)))
P.get = lambda s: 100
print(sum(run(ps)))
q = ps[1]; q.__class__ = type('Q', (P,), {}); print(q.get(), q.v, vars(q))
class S(str): pass
s = S('k'); s.attr = 1; print(vars(s))
class E(Exception): pass
err = E('m'); err.code = 3; print(vars(err), err.args)
# One site sees more classes than its cache holds; one of them has a property or a
# method of its own under the same name, or an instance attribute shadowing a method.
class Base:
    def __init__(s, n): s.n = n; s.tag = 'b'
    def describe(s): return s.tag + str(s.n)
kinds = [type('K%d' % i, (Base,), {}) for i in range(6)]
class WithProperty(Base):
    @property
    def tag(s): return 'prop'
    @tag.setter
    def tag(s, v): s.__dict__['_t'] = v
class WithMethod(Base):
    def describe(s): return 'own'
objs = [k(i) for i, k in enumerate(kinds)] + [WithProperty(7), WithMethod(8)]
shadow = kinds[0](9); shadow.describe = lambda: 'instance'
objs.append(shadow)
seen = set()
for _ in range(80):
    seen.add((tuple(o.describe() for o in objs), tuple(o.tag for o in objs)))
    for o in objs: o.n += 1
print(len(seen), max(seen))
print([sorted(vars(o)) for o in objs[-3:]])
