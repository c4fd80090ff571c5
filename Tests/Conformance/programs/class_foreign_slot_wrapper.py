# A slot wrapper taken from an unrelated class is not used as the slot (bpo-37619):
# calling through it checks self and raises.
class A(int):
    __eq__ = str.__eq__
    __add__ = str.__add__
a = A()
for f in (lambda: a == a, lambda: a + a):
    try: print(f())
    except TypeError as e: print("TypeError:", e)
class B(int):
    __add__ = int.__add__
    __eq__ = object.__eq__
print(B(1) + B(2), B(1) == B(1))
