# rich comparisons on classes: __eq__/__ne__ defaults, reflected comparisons, total ordering by hand, identity
class Card:
    ranks = "23456789TJQKA"
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def key(self):
        return Card.ranks.index(self.rank)
    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return self.key() == other.key()
    def __lt__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return self.key() < other.key()
    def __le__(self, other):
        return self == other or self < other
    def __hash__(self):
        return hash(self.rank)
    def __repr__(self):
        return self.rank + self.suit

hand = [Card("K", "h"), Card("3", "s"), Card("A", "d"), Card("3", "c")]
print(sorted(hand), max(hand), min(hand), Card("K", "s") == Card("K", "h"), Card("K", "s") != Card("Q", "s"))
print(Card("2", "h") < Card("3", "h"), Card("3", "h") > Card("2", "h"), Card("3", "h") >= Card("3", "d"), Card("4", "h") <= Card("3", "d"))
print(len(set(hand)), Card("A", "s") in hand, hand.index(Card("3", "x")), hand.count(Card("3", "x")))
print(Card("A", "s") == "As", Card("A", "s") != 5)
try:
    Card("A", "s") < 5
except TypeError as e:
    print(type(e).__name__, e)

class Default:
    pass
a, b = Default(), Default()
print(a == a, a == b, a != b, a is not b, [a] == [a], (a,) == (b,))
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)

class Reflect:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print("  Reflect.__gt__ called")
        return self.v > other
print(3 < Reflect(5), Reflect(5) > 3)

class AlwaysEqual:
    def __eq__(self, other):
        return True
print(AlwaysEqual() == 1, 1 == AlwaysEqual(), AlwaysEqual() != 1, [1, 2].count(AlwaysEqual()), AlwaysEqual() in [9])

class NaNLike:
    def __eq__(self, other):
        return False
n = NaNLike()
print(n == n, n in [n], [n] == [n], (n,) == (n,), {n: 1}.get(n) if False else "identity first")
class Weird:
    def __eq__(self, other):
        return "truthy string"
print(Weird() == 1, bool(Weird() == 1), Weird() != 1)
