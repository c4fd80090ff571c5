def f(x y): pass
class C(: pass
