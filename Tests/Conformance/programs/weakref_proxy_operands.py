# A proxy passes a stored value, a stored key and an `in` operand on as they are
# (OrderedDict's linked list stores proxies in its links); the other operands of
# its operations are unwrapped.
from _weakref import proxy


class Link:
    __slots__ = "prev", "next", "key", "__weakref__"


hard = Link()
root = proxy(hard)
root.prev = root.next = root
print(root.next is root, hard.next is root, type(hard.prev).__name__)


class Box(dict):
    pass


b = Box()
p = proxy(b)
p["self"] = p
print(b["self"] is p, p["self"] is p, "self" in p)


class Bag(list):
    pass


bag = Bag([1, 2])
q = proxy(bag)
print(q in bag, bag in q, 2 in q)
q.append(q)
print(bag[-1] is q, q in bag)
print(q == bag, bag == q, q + [3] == [1, 2, q, 3])


class Number(int):
    def __format__(self, spec):
        return "formatted"


print(hex(Number(255)), oct(Number(8)), bin(Number(5)), format(Number(1), "x"))
print(hex(True), oct(False), bin(True))
