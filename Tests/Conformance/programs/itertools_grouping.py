# itertools: groupby with keys (and its shared iterator), accumulate with funcs and initial, pairwise, zip_longest, compress, tee, islice, starmap
import itertools as it
data = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
print([(k, list(g)) for k, g in it.groupby(data, key=lambda s: s[0])])
print([(k, len(list(g))) for k, g in it.groupby("aaabbbccaa")])
groups = it.groupby("aabb")
k1, g1 = next(groups); k2, g2 = next(groups); print(k1, list(g1), k2, list(g2))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(it.accumulate([1, 2], initial=100)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([])), list(it.accumulate([], initial=0)))
print(list(it.pairwise("abcd")), list(it.pairwise([1])), list(it.zip_longest("ab", "xyz", fillvalue="-")))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1])), list(it.islice(range(100), 5, 20, 4)), list(it.islice("abc", None)))
a, b = it.tee(iter([1, 2, 3])); print(list(a), list(b))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(None, [0, 1, "", "a"])), list(it.chain.from_iterable(["ab", "cd"])), list(it.repeat("x", 3)))
c = it.count(10, 2.5); print(next(c), next(c), repr(c))
cy = it.cycle("ab"); print([next(cy) for _ in range(5)])
print(list(it.product("ab", repeat=2)), list(it.combinations_with_replacement("ab", 2)), len(list(it.permutations(range(4), 2))))
for bad in [lambda: it.islice("a", -1), lambda: it.repeat(1, "x"), lambda: list(it.accumulate([1, "a"])), lambda: it.tee([], -1),
            lambda: it.groupby(5), lambda: it.pairwise()]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
