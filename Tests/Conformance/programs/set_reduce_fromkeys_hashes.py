# set/frozenset __reduce__ carries __getstate__()'s state (slots beside the dict), and
# dict.fromkeys of an exact dict, set or frozenset reuses the hashes they keep.

class Slotted(set):
    __slots__ = ("x", "y", "__dict__")

class FrozenSlotted(frozenset):
    __slots__ = ("x", "__dict__")

s = Slotted([3, 1, 2])
s.x = ["x"]
s.z = ["z"]
print(s.__reduce__())
print(Slotted().__reduce__(), set([1]).__reduce__(), frozenset().__reduce__())
f = FrozenSlotted("ab")
f.x = 1
cls, args, state = f.__reduce__()
print(cls.__name__, sorted(args[0]), state)


class Counting(int):
    hashes = 0
    def __hash__(self):
        Counting.hashes += 1
        return int.__hash__(self)

d = dict.fromkeys(map(Counting, range(8)))
print("dict built:", Counting.hashes)
for source in (set(d), frozenset(d), d):
    before = Counting.hashes
    made = dict.fromkeys(source, 0)
    print(type(source).__name__, Counting.hashes - before, sorted(made.items()))

class Sub(dict):
    pass

before = Counting.hashes
print(type(Sub.fromkeys(set(d))).__name__, Counting.hashes - before > 0)
print(dict.fromkeys({"b", "a"}) == {"a": None, "b": None}, dict.fromkeys(set()), dict.fromkeys({}, 1))
