# class features: class attributes vs instance, __doc__, __qualname__ nesting, name mangling, class-level mutation, __eq__ inheritance, properties inherited and overridden, classmethod factories, __repr__ via type name
class Account:
    "A bank account."
    interest = 0.02
    _count = 0
    def __init__(self, owner, balance=0):
        self.owner = owner; self.__balance = balance; Account._count += 1
    @property
    def balance(self): return self.__balance
    def deposit(self, amt):
        if amt <= 0: raise ValueError("deposit must be positive")
        self.__balance += amt; return self
    @classmethod
    def count(cls): return cls._count
    @classmethod
    def from_str(cls, s):
        name, amt = s.split(":"); return cls(name, int(amt))
    def __repr__(self): return f"{type(self).__name__}({self.owner!r}, {self.__balance})"
a = Account("ann", 10).deposit(5).deposit(1); b = Account.from_str("bob:7")
print(a, b, a.balance, Account.count(), Account.__doc__, a._Account__balance, hasattr(a, "__balance"))
try:
    a.deposit(-1)
except ValueError as e:
    print("ValueError", e)
try:
    a.balance = 5
except AttributeError as e:
    print("AttributeError", e)
class Savings(Account):
    interest = 0.05
    @property
    def balance(self): return super().balance * 100
s = Savings("sue", 3); print(s, s.balance, s.interest, Account.interest, Savings.count(), isinstance(s, Account))
class Outer:
    class Inner:
        class Deepest:
            def m(self): pass
print(Outer.Inner.Deepest.__qualname__, Outer.Inner.Deepest.m.__qualname__, Outer.Inner.__name__)
class Shared:
    items = []
    def add(self, x): self.items.append(x)
s1, s2 = Shared(), Shared(); s1.add(1); s2.add(2); print(Shared.items, s1.items is s2.items)
class Base:
    def __eq__(self, o): return type(self) is type(o)
    __hash__ = object.__hash__
class Derived(Base): pass
print(Base() == Base(), Base() == Derived(), Derived() == Derived(), len({Base(), Base()}))
class Temp:
    def __init__(self): self._c = 0
    def _get(self): return self._c
    def _set(self, v): self._c = v
    celsius = property(_get, _set, None, "temperature")
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32)
t = Temp(); t.celsius = 100; print(t.celsius, t.fahrenheit, Temp.celsius.__doc__)
class Chain:
    def __init__(self): self.ops = []
    def __getitem__(self, k): self.ops.append(("get", k)); return self
    def __call__(self, *a): self.ops.append(("call", a)); return self
print(Chain()["a"](1, 2)["b"]().ops)
class A:
    x = 1
    def get_x(self): return self.x
class B(A):
    x = 2
print(A().get_x(), B().get_x(), B.get_x is A.get_x, A.__dict__["get_x"](B()))
class Counted:
    instances = 0
    def __init__(self): type(self).instances += 1
class SubCounted(Counted): pass
Counted(); SubCounted(); SubCounted(); print(Counted.instances, SubCounted.instances)
class WithClassVar:
    a = 1
    b = a + 1
    c = [a * i for i in range(3)] if False else None
    del a
print(WithClassVar.b, hasattr(WithClassVar, "a"))
print(type(Account.__dict__["count"]).__name__, type(Account.deposit).__name__, type(a.deposit).__name__, Account.deposit.__name__)
