# super.__init__ runs again on an existing super object, as CPython's super_init:
# it repoints the object, reads the calling frame without arguments, and refuses
# bad arguments with its own wording (super(...) itself words the type complaint apart).
class A:
    def f(self): return "A.f"
class B(A):
    def f(self): return "B.f"
    def g(self):
        s = super()
        print(s.f())
        super.__init__(s, A, self)
        print(s, s.__thisclass__)
        try: s.f()
        except AttributeError as e: print("AttributeError", e)
        super.__init__(s)
        print(s.f(), s.__thisclass__)
B().g()
s = super(B, B())
for args in [(), (1,), (B, 1), (1, 2, 3)]:
    try:
        super.__init__(s, *args)
        print("ok", s)
    except Exception as e:
        print(type(e).__name__, e)
print(s.__thisclass__)
def f(x):
    try: super.__init__(s)
    except Exception as e: print(type(e).__name__, e)
f(1)
try: super.__init__(s, B, B(), x=1)
except Exception as e: print(type(e).__name__, e)
class S(super):
    pass
t = S(B, B())
print(t.f(), type(t).__name__)
print(super.__init__.__qualname__, super.__init__.__text_signature__)
for bad in (None, 1):
    try: super(bad)
    except TypeError as e: print("call:", e)
    try: super.__init__(s, bad)
    except TypeError as e: print("init:", e)
