# gc-stress-interval: 50 (imports pickle and copy, which take minutes to load when every allocation collects)
# accumulate whose running total is None pickles and copies as CPython's does.
import copy
import operator
import pickle
from itertools import accumulate

it = accumulate([None, None, None], operator.is_)
print(next(it))
reduced = it.__reduce__()
print(reduced[0].__name__, len(reduced), reduced[1][1:], type(reduced[1][0]).__name__)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, list(pickle.loads(pickle.dumps(it, proto))))
print(list(copy.deepcopy(it)), list(copy.copy(it)))

# With an initial value still pending, and with an ordinary total.
it = accumulate([1, 2, 3], initial=10)
print(list(copy.deepcopy(it)), next(it), list(copy.copy(it)))
it = accumulate([1, 2, 3, 4], operator.mul)
print(next(it), next(it), list(pickle.loads(pickle.dumps(it))))
