# itertools: count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap, islice, pairwise, zip_longest; reprs, reductions, length hints, subclasses
import itertools as it
import _operator as operator

c = it.count()
print([next(c) for _ in range(5)], repr(c))
print(list(it.islice(it.count(10, 3), 4)), repr(it.count(10, 3)), repr(it.count(2.5)), repr(it.count(1, 0.5)))
c = it.count(2**62 - 2)
print([next(c) for _ in range(4)], repr(c))
print(list(it.islice(it.count(-5, -2), 3)), repr(it.count(0, True)), repr(it.count(0, 1.0)))
print(it.count(4).__reduce__(), it.count(4, 2).__reduce__())
print(list(it.islice(it.cycle("abc"), 8)), list(it.cycle([])))
cy = it.cycle(iter([1, 2])); print([next(cy) for _ in range(5)])
r = it.repeat("x", 3)
print(repr(r), r.__length_hint__(), list(r), r.__length_hint__(), repr(r))
print(repr(it.repeat(None)), repr(it.repeat([1], -3)), list(it.repeat(7, 0)), it.repeat(1, 2).__reduce__(), it.repeat(1).__reduce__())
print(list(map(pow, range(5), it.repeat(2))))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([], initial=9)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate("abc")), list(it.accumulate([1, 2], initial=100)))
print(list(it.accumulate([1, 2, 3], func=lambda a, b: a - b, initial=0)))
print(list(it.chain("ab", [1, 2], (), range(2))), list(it.chain()), list(it.chain.from_iterable(["xy", "z", []])))
ch = it.chain([1], [2, 3]); print(next(ch), next(ch), list(ch))
print(it.chain[int], type(it.chain.from_iterable([])).__name__)
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.compress(range(10), it.cycle([0, 1]))), list(it.compress("abc", [1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, "", "a", None, [], [0]])))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.starmap(operator.add, ["ab", "cd"])))
print(list(it.islice("ABCDEFG", 2)), list(it.islice("ABCDEFG", 2, 4)), list(it.islice("ABCDEFG", 2, None)), list(it.islice("ABCDEFG", 0, None, 2)))
print(list(it.islice(range(10), 1, 9, 3)), list(it.islice(range(10), None)), list(it.islice(range(10), 20, 30)), list(it.islice([], 0)))
src = iter(range(10)); sl = it.islice(src, 2, 5); print(list(sl), next(src), list(sl))
print(list(it.pairwise("ABCDE")), list(it.pairwise("A")), list(it.pairwise([])))
print(list(it.zip_longest("ABCD", "xy", fillvalue="-")), list(it.zip_longest("ab", range(4))), list(it.zip_longest()))
print(list(it.zip_longest([1], [], [2, 3, 4], fillvalue=None)))

# reductions
d = it.dropwhile(bool, [1, 0, 2]); print(list(d), d.__reduce__()[2])
t = it.takewhile(bool, [1, 0, 2]); print(list(t), t.__reduce__()[2])
z = it.zip_longest("a", "bc", fillvalue=0); next(z); r = z.__reduce__(); print(r[0].__name__, len(r[1]), r[2])
a = it.accumulate([1, 2, 3]); next(a); r = a.__reduce__(); print(r[0].__name__, r[1][1], r[2])
a = it.accumulate([1, 2, 3], initial=5); r = a.__reduce__(); print(list(r[1][0]), r[2])
ch = it.chain("ab", "cd"); next(ch); r = ch.__reduce__(); print(r[1], len(r[2]))
ch2 = it.chain(); ch2.__setstate__(r[2]); print(list(ch2))
s = it.islice(iter("abcdefg"), 1, 6, 2); next(s); r = s.__reduce__(); print(r[1][1:], r[2])
s.__setstate__(0); print(list(s))
print(it.compress("ab", [1, 1]).__reduce__()[0].__name__, it.starmap(pow, []).__reduce__()[1][0])

# subclasses
class MyCount(it.count):
    pass
class MyChain(it.chain):
    def extra(self):
        return "extra"
mc = MyCount(3, 2); print(repr(mc), next(mc), type(mc).__name__)
m = MyChain("ab", "c"); print(list(m), m.extra(), isinstance(m, it.chain))
class Rep(it.repeat):
    pass
print(repr(Rep("z", 2)), list(Rep("z", 2)))
print([type(x).__name__ for x in (it.count(), it.cycle(""), it.repeat(1), it.accumulate([]), it.chain(), it.islice([], 1), it.zip_longest())])
print(it.count.__module__, it.islice.__name__, it.zip_longest.__qualname__, repr(it.chain), repr(it.groupby))
print(iter(c) is c, hasattr(it.repeat(1), "__next__"))
cy = it.cycle("abc"); next(cy); r = cy.__reduce__(); print(r[0].__name__, list(r[1][0]), r[2])
cy = it.cycle("ab"); [next(cy) for _ in range(3)]; r = cy.__reduce__(); print(list(r[1][0]), r[2])
cy2 = it.cycle(iter("xy")); cy2.__setstate__((["p", "q"], 1)); print([next(cy2) for _ in range(5)])
for bad in [1, (1,), ([], "a"), ((), 1)]:
    try:
        it.cycle("").__setstate__(bad)
    except Exception as e:
        print(type(e).__name__, e)
