# A builtins or globals key that is not a str but hashes and compares equal to a
# name still stands for it (its __eq__ runs), in global loads and in reductions.
import builtins

builtins_dict = builtins.__dict__
orig_iter = iter

class CustomStr:
    def __init__(self, name, iterator=None):
        self.name = name
        self.iterator = iterator
    def __hash__(self):
        return hash(self.name)
    def __eq__(self, other):
        print("CustomStr.__eq__", other)
        if self.iterator is not None:
            list(self.iterator)
        return other == self.name

def reduce_with(item):
    it = orig_iter(item)
    key = CustomStr("iter", it)
    del builtins_dict["iter"]
    builtins_dict[key] = orig_iter
    try:
        return it.__reduce__()
    finally:
        del builtins_dict[key]
        builtins_dict["iter"] = orig_iter

for item in ("xyz", [1, 2, 3], (1, 2, 3), bytes(4)):
    result = reduce_with(item)
    print(result[0] is orig_iter, result[1])

# reversed(list).__reduce__ reads `reversed` first, then sees the exhausted iterator.
it = reversed(list(range(8)))
key = CustomStr("reversed", it)
orig_reversed = reversed
del builtins_dict["reversed"]
builtins_dict[key] = orig_reversed
try:
    result = it.__reduce__()
finally:
    del builtins_dict[key]
    builtins_dict["reversed"] = orig_reversed
print(result[0] is orig_iter, result[1:])
it = reversed([1, 2, 3])
next(it)
print(it.__reduce__())

# A global load finds the stand-in key too.
key = CustomStr("len")
orig_len = len
del builtins_dict["len"]
builtins_dict[key] = orig_len
try:
    print(len("abcd"))
    exec("print(len([1, 2]))", {})
finally:
    del builtins_dict[key]
    builtins_dict["len"] = orig_len

g = {CustomStr("answer"): 42}
exec("print(answer)", g)
try:
    exec("print(missing)", g)
except NameError as e:
    print("NameError:", e)
