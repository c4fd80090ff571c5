# list.sort: key functions, reverse stability, mutation during sort, and exceptions from comparisons
people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 25), ("eve", 40)]
people.sort(key=lambda p: p[1])
print(people)
people.sort(key=lambda p: p[1], reverse=True)
print(people)
nums = [5, -3, 2, -8, 0]
nums.sort(key=abs); print(nums)
nums.sort(reverse=True); print(nums)
print(nums.sort() is None, nums)
words = ["pear", "Apple", "fig", "apple", "Fig"]
words.sort(key=str.casefold); print(words)
words.sort(key=lambda w: (len(w), w)); print(words)

class Loud:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("  compare", self.v, other.v)
        return self.v < other.v
    def __repr__(self):
        return f"L{self.v}"
items = [Loud(3), Loud(1), Loud(2)]
items.sort()
print(items)

bad = [3, "x", 1]
try:
    bad.sort()
except TypeError as e:
    print(type(e).__name__, e, bad)

victim = [3, 2, 1]
def key(x):
    victim.append(0)
    return x
try:
    victim.sort(key=key)
except ValueError as e:
    print(type(e).__name__, e)
print(victim)

def failing_key(x):
    if x == 2:
        raise KeyError("key failed")
    return x
data = [3, 2, 1]
try:
    data.sort(key=failing_key)
except KeyError as e:
    print(type(e).__name__, e, data)
try:
    [1, 2].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1].sort(cmp=None)
except TypeError as e:
    print(type(e).__name__, e)
floats = [float("nan"), 1.0, 0.5]
floats.sort()
print(len(floats))
print(sorted([True, False, 0, 1, -1]), sorted([(1, 2), (1,), ()]))
