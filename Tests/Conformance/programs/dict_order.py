# dict insertion order, deletion and reinsertion, str keys hashed with PYTHONHASHSEED=0 in sets, update order, equality independent of order, popitem LIFO
d = {}
for k in ["one", "two", "three", "four", "five"]:
    d[k] = len(k)
del d["two"]; d["two"] = 0; d["one"] = 99
print(d, list(d), list(d.values()), d.popitem(), d)
s = set(["apple", "banana", "cherry", "date", "elderberry", "fig", "grape", "honeydew"])
print(s, sorted(s) == sorted(list(s)), set(["x", "y", "z"]) | {"w"}, set("hello world"), frozenset("abcdef"))
print({w: i for i, w in enumerate("the quick brown fox".split())}, dict.fromkeys("mississippi"))
big = {i: str(i) for i in range(100)}
for i in range(0, 100, 3): del big[i]
print(len(big), list(big)[:10], list(big)[-5:])
big.update({0: "zero", 150: "x"}); print(list(big)[-3:])
e = {"b": 1, "a": 2}; f = {"a": 2, "b": 1}; print(e == f, list(e) == list(f), e.items() == f.items())
print({1: "a", 2: "b"} | {2: "B", 3: "c"}, {**{"z": 1}, **{"a": 2}, "m": 3})
words = "to be or not to be that is the question".split()
print(set(words), {w[0] for w in words}, list(dict.fromkeys(words)))
print({"k" + str(i) for i in range(15)})
print({3.5, 1.25, -2.0, 100.0}, {(1, 2), (3, 4), (0, 0)}, {None, True, "s"} == {"s", None, True})
