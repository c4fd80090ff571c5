# _collections natively: deque operations and limits, defaultdict factories and missing keys
import _collections
deque, defaultdict = _collections.deque, _collections.defaultdict
d = deque([1, 2, 3])
d.append(4); d.appendleft(0); d.extend([5, 6]); d.extendleft("ba")
print(d, d.pop(), d.popleft(), len(d), d[0], d[-1])
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(d.count(1), d.index(3), 3 in d, list(reversed(d)))
d.remove(3); d.insert(1, "ins"); print(d)
bounded = deque(range(5), maxlen=3)
print(bounded, bounded.maxlen)
bounded.append(9); bounded.appendleft(-1); print(bounded)
d.clear(); print(d, bool(d))
for op in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).remove(2), lambda: deque([1])[5], lambda: deque(maxlen=-1)]:
    try:
        op()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)

groups = defaultdict(list)
for word in ["apple", "bob", "avocado", "cat", "banana"]:
    groups[word[0]].append(word)
print(groups, dict(groups), groups.default_factory)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts["zzz"], len(counts))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
print(nested["a"]["x"], "b" in nested, nested.get("b"))
no_factory = defaultdict()
try:
    no_factory["k"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)
copy = counts.copy()
print(type(copy).__name__, copy == counts, copy is not counts)
