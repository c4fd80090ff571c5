# _collections: argument errors and messages of deque, its iterators, defaultdict, _count_elements and _tuplegetter
from _collections import deque, defaultdict, _count_elements, _tuplegetter, _deque_iterator, _deque_reverse_iterator
tests = ["deque()", "deque([1, 2], 1)", "deque('abc', maxlen=2)", "deque(1)", "deque([], -1)", "deque([], 'a')", "deque([], maxlen=None)", "deque([], 2, 3)",
 "deque(x=1)", "deque(iterable=[1])", "deque([1]).maxlen", "deque([1], 5).maxlen", "deque().pop()", "deque().popleft()", "deque([1,2]).index(3)",
 "deque([1,2,3]).index(3, 0, 2)", "deque([1,2,3]).index(2, -2)", "deque([1,2,3]).index(1, 1, -10)", "deque([1,2,3]).index()", "deque([1]).remove(2)",
 "deque([1], 1).insert(0, 2)", "deque([1, 2]).rotate('a')", "deque([1, 2]).rotate(1, 2)", "deque([1])[1]", "deque([1])[-2]", "deque([1])['a']", "deque([1])[0:1]",
 "hash(deque())", "deque([1]) < deque([2])", "deque([1]) < [2]", "deque([1]) == [1]", "deque([1, 2]) * 2", "2 * deque([1])", "deque([1], 3) * 5",
 "deque([1]) + [2]", "deque([1]) + deque([2], 1)", "deque([1], 2) + deque([2, 3])", "deque([1, 2]).count(1)", "deque.__class_getitem__(int)", "deque[int]",
 "repr(deque([1, 'a']))", "repr(deque([], 3))", "deque([1, 2]).copy()", "deque([1, 2], 3).__reduce__()", "deque([1, 2]).__reduce__()", "deque([1, 2]).__reduce_ex__(2)",
 "len(deque([1, 2, 3]))", "reversed(deque([1, 2]))", "list(reversed(deque([1, 2])))", "iter(deque()).__length_hint__()", "deque([1,2]).__copy__()",
 "deque([1]).extend(1)", "deque([1]).append()", "deque([1]).appendleft(1, 2)", "deque([1]).clear()", "deque([3,1]).reverse()", "deque([1]).__sizeof__() > 0",
 "bool(deque())", "bool(deque([0]))", "1 in deque([1])", "deque([1]).maxlen", "del deque([1])[5]", "_deque_iterator(deque([1, 2]), 1)", "list(_deque_iterator(deque([1, 2, 3]), 1))",
 "list(_deque_reverse_iterator(deque([1, 2, 3]), 1))", "_deque_iterator()", "iter(deque([1,2])).__reduce__()", "type(iter(deque())).__name__", "type(reversed(deque())).__name__",
 "defaultdict()", "defaultdict(list)", "defaultdict(1)", "defaultdict(None, {1: 2})", "defaultdict(list, a=1)", "defaultdict(int)['x']", "defaultdict()['x']",
 "repr(defaultdict(list, {1: [2]}))", "defaultdict(list).default_factory", "defaultdict(list).__reduce__()", "defaultdict(list, {1: 2}).copy()",
 "defaultdict(list) | {1: 2}", "{1: 2} | defaultdict(list)", "defaultdict(list) | 1", "type(defaultdict(list, {1:2}).copy())", "defaultdict(list).__missing__(3)",
 "defaultdict().__missing__(3)", "defaultdict.__class_getitem__(int)", "isinstance(defaultdict(), dict)", "defaultdict(list).get(5)", "5 in defaultdict(list)",
 "defaultdict(lambda: 5, {1: 2}) == {1: 2}", "repr(defaultdict(lambda: 5))[:30]", "defaultdict(int, [(1, 2)])",
 "_count_elements()", "_count_elements({}, 'abca')", "_tuplegetter(1, 'doc')", "_tuplegetter()", "_tuplegetter(1)", "_tuplegetter('a', 'b')",
 "_tuplegetter(1, 'd').__doc__", "_tuplegetter(1, None).__get__((1, 2))", "_tuplegetter(1, None).__get__(None, tuple)", "_tuplegetter(5, None).__get__((1, 2))",
 "_tuplegetter(0, None).__get__([1])", "_tuplegetter(1, 'x').__reduce__()", "_tuplegetter(1, None).__set__((1,), 2)", "_tuplegetter(1, None).__delete__((1,))",
 "type(_tuplegetter(1, None)).__name__", "repr(_tuplegetter(1, None))[:30]",
]
for t in tests:
    try:
        r = eval(t)
        text = repr(r)
        print(t, "->", type(r).__name__ if " at 0x" in text else text)
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
