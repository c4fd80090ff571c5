# bool has its own __new__: int.__new__(bool) is refused as not safe; bool.__new__ and bool() checks
def t(label, f):
    try: print(label, repr(f()))
    except Exception as e: print(label, type(e).__name__, e)
t(1, lambda: int.__new__(bool, 1))
t(2, lambda: (bool.__new__(bool, 5), bool.__new__(bool), bool(), bool([1]), bool.__new__(bool, "")))
t(3, lambda: bool(x=1))
t(4, lambda: bool.__new__(bool, 1, 2))
t(5, lambda: bool.__new__(int))
class I(int): pass
t(6, lambda: (int.__new__(I, 3), type(int.__new__(I, 3)).__name__))
t(7, lambda: bool.__new__ is int.__new__)
t(8, lambda: type(bool.__dict__["__new__"]).__name__)
