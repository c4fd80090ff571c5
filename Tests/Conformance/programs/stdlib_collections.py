# collections, heapq, bisect, copy, keyword, reprlib, operator from CPython's library.
import bisect, copy, heapq, keyword, operator, reprlib
from collections import Counter, OrderedDict, ChainMap, deque, defaultdict, namedtuple
from collections.abc import Mapping, Sequence, Iterable

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p._replace(x=3), p._asdict(), Point._fields)
c = Counter("abracadabra")
print(c.most_common(2), sorted(c.elements())[:4], c["z"])
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(od, list(od), od.popitem(last=False))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), cm.new_child({"c": 4}))
print(isinstance({}, Mapping), isinstance([], Sequence), isinstance(iter([]), Iterable), issubclass(deque, Sequence))
h = [5, 1, 4, 2, 3]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(3)], heapq.nlargest(2, [7, 3, 9, 1]), list(heapq.merge([1, 4], [2, 3])))
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.insort(a, 5), a)
nested = [[1, 2], {"k": [3]}]
deep = copy.deepcopy(nested)
deep[1]["k"].append(4)
print(nested, deep, copy.copy(nested)[0] is nested[0])
print(keyword.iskeyword("lambda"), keyword.iskeyword("match"), keyword.issoftkeyword("match"))
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100))
print(operator.itemgetter(1)([1, 2]), operator.attrgetter("x")(p), operator.add(2, 3))
d = defaultdict(list)
d["k"].append(1)
print(d)
