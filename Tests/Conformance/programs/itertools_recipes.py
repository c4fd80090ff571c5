# itertools in use: chain, islice, groupby, accumulate, product, permutations, takewhile, zip_longest, starmap, tee
import itertools as it
print(list(it.chain([1, 2], "ab", range(2))), list(it.chain.from_iterable([[1], [2, 3], []])))
print(list(it.islice(it.count(10, 5), 4)), list(it.islice("abcdefg", 1, 6, 2)), list(it.islice(range(10), None, 3)))
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda w: w[0])
print([(k, list(g)) for k, g in it.groupby(data, key=lambda w: w[0])], [k for k, _ in it.groupby("aaabbca")])
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2], initial=100)))
print(list(it.product("ab", repeat=2)), len(list(it.product(range(3), range(4)))), list(it.permutations("abc", 2))[:4])
print(list(it.combinations(range(4), 2)), list(it.combinations_with_replacement("ab", 2)))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.filterfalse(None, [0, 1, "", "x"])))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(it.repeat("x", 3)), list(zip(it.cycle("ab"), range(5))), list(it.pairwise([1, 2, 3, 4])))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b))

def window(seq, n):
    iters = it.tee(seq, n)
    for i, x in enumerate(iters):
        for _ in range(i):
            next(x, None)
    return list(zip(*iters))
print(window(range(5), 3))
def flatten(nested):
    return list(it.chain.from_iterable(nested))
print(flatten([[1, 2], [3], [], [4, 5]]))
def chunks(iterable, n):
    iterator = iter(iterable)
    while chunk := list(it.islice(iterator, n)):
        yield chunk
print(list(chunks(range(7), 3)))
try:
    it.islice(range(3), -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(it.permutations([1], -1))
except ValueError as e:
    print(type(e).__name__, e)
