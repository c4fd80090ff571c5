# set operations of dict.keys() and dict.items() views
d = {f"k{i}": i for i in range(12)}
e = {f"k{i}": -i for i in range(6, 20)}
k, ki = d.keys(), d.items()
print(k & e.keys(), k | e.keys(), k - e.keys(), k ^ e.keys())
print(k & {"k1", "k3", "zz"}, k | {"zz"}, k - {"k1"}, k ^ {"k1", "zz"})
print({"k1", "zz"} & k, {"zz"} | k, {"k1", "zz"} - k, {"k1", "zz"} ^ k)
print(["k1", "k2", "q"] & k, ("k1",) | k, ["k1", "q"] - k, ["k1", "q"] ^ k)
print(ki & e.items(), ki ^ e.items(), ki - {("k1", 1)}, ki | {("new", 0)})
print(dict(a=1, b=2).items() ^ dict(b=2, c=3).items(), dict(a=1, b=2).items() ^ dict(a=5).items())
print(k.isdisjoint({"x"}), k.isdisjoint(["k1"]), k.isdisjoint(e), ki.isdisjoint(e.items()), k.isdisjoint(k), {}.keys().isdisjoint({}.keys()))
print(k & k, type(k & k).__name__)
for bad in [lambda: k & 1, lambda: k | 1, lambda: k - 1, lambda: k ^ 1, lambda: d.values() & k, lambda: k.isdisjoint(1), lambda: k.isdisjoint()]:
    try:
        print(bad())
    except TypeError as ex:
        print("TypeError", ex)
big = {i: i for i in range(100)}
print(big.keys() & set(range(95, 105)), big.keys() - set(range(10, 100)), big.keys() ^ set(range(95, 105)))
print({i * 3 for i in range(30)} & big.keys())
