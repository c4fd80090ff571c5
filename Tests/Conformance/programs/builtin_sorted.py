# sorted(): key, reverse, stability, mixed types, and keyword-only arguments
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=str.lower, reverse=True))
print(sorted(words, key=len, reverse=True))
print(sorted({3: "c", 1: "a", 2: "b"}), sorted("hello"), sorted((3, 1, 2)), sorted({5, 1, 3}))
print(sorted({"b": 2, "a": 1}.items(), key=lambda kv: kv[1], reverse=True))
records = [("amy", 30), ("bob", 25), ("cat", 30), ("dan", 25)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(sorted(records), key=lambda r: r[1], reverse=True))
print(sorted([3.5, 1, True, 2]), sorted([[2, 1], [1, 2], [1]]), sorted([]), sorted(range(5), reverse=True))
print(sorted([-3, 1, -2], key=abs), sorted(["10", "9", "100"], key=int))

def attempt(*args, **kwargs):
    try:
        print(sorted(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)

attempt([1, "a"])
attempt([1, 2], lambda x: x)
attempt(5)
attempt()
attempt([1], cmp=None)
attempt([3, 1], key=lambda x: "s" if x > 2 else 1)
attempt([None, None])

class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return self.text
print(sorted([Version("1.10"), Version("1.2"), Version("1.9.1")]))
data = [5, 2, 8]
result = sorted(data)
print(data, result, result is data)
print(sorted("bca", key=None, reverse=False))
