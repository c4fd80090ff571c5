# itertools: argument errors and their CPython messages for every constructor, islice's bounds, tee's n, reprs and reductions of count and repeat
import itertools as it
tests = [
 "it.count('a')", "it.count(1, 'a')", "it.count(1,2,3)", "it.count(x=1)", "it.cycle()", "it.cycle(1)", "it.cycle([], x=1)",
 "it.repeat()", "it.repeat(1,2,3)", "it.repeat(1, 'a')", "it.repeat(1, times=2, x=3)", "it.accumulate()", "it.accumulate(1)", "it.accumulate([], x=1)",
 "it.chain(x=1)", "it.chain(1)", "list(it.chain(1))", "it.chain.from_iterable()", "it.compress()", "it.compress([1])", "it.dropwhile(None)",
 "it.dropwhile(None, [], x=1)", "it.takewhile()", "it.filterfalse()", "it.starmap()", "list(it.starmap(None, [1]))", "it.groupby()", "it.groupby(1)",
 "it.islice()", "it.islice([])", "it.islice([], -1)", "it.islice([], 'a')", "it.islice([], 1, 'a')", "it.islice([], 1, 2, 0)", "it.islice([], 1, 2, 'a')",
 "it.islice([], -1, 2)", "it.islice([], 1, 2, 3, 4)", "it.islice([], 1, x=2)", "it.pairwise()", "it.pairwise(1)", "it.tee()", "it.tee([], -1)", "it.tee(1)",
 "it.tee([], 'a')", "it.zip_longest(1)", "it.zip_longest([], x=1)", "it.zip_longest([], fillvalue=1, x=2)", "it.product(1)", "it.product([], repeat=-1)",
 "it.product([], x=1)", "it.product([], repeat='a')", "it.combinations([])", "it.combinations([], -1)", "it.combinations(1, 2)", "it.combinations([], 'a')",
 "it.combinations_with_replacement([], -1)", "it.permutations([], -1)", "it.permutations([], 'a')", "it.permutations()", "it._grouper()", "it._tee()",
 "it._tee_dataobject()", "it.count(1).__reduce__()", "it.count(1.5, 2).__reduce__()", "it.repeat(1, 3).__reduce__()","it.repeat(1).__reduce__()",
 "repr(it.count(2**70, 2.5))", "repr(it.repeat('a'))", "repr(it.repeat('a', -5))", "repr(it.count(0, 1.0))", "repr(it.count(0, True))", "it.repeat(1,3).__length_hint__()",
 "it.repeat(1).__length_hint__()", "it.permutations([1,2], 3)", "list(it.permutations([1,2], 3))", "it.product(repeat=2)", "list(it.product(repeat=2))",
 "it.accumulate([1], None, initial=2)", "it.accumulate([1], None, 2)", "it.groupby([], None, 1)", "it.compress(data=[1], selectors=[1])",
 "next(it.count(1.5))", "it.islice([], None).__reduce__()", "it.islice([], 2**70)", "it.islice([], None, None, None)", "it.islice([], 1, None, -1)",
]
for t in tests:
    try:
        r = eval(t)
        text = repr(r)
        print(t, "->", type(r).__name__ if " at 0x" in text else text)
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
