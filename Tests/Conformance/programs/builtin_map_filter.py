# map() and filter(): several iterables, None as predicate, laziness, exceptions from the function
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b2c3")))
print(list(filter(lambda x: x % 2, range(10))), list(map(len, ["a", "bb", ""])))

def trace(x):
    print("  map", x)
    return x * 10
m = map(trace, [1, 2, 3])
print("created")
print(next(m))
print(list(m))

f = filter(lambda x: x > 1, [0, 1, 2, 3])
print(next(f), list(f), list(f))

def boom(x):
    if x == 2:
        raise ValueError(f"bad {x}")
    return x
try:
    print(list(map(boom, [1, 2, 3])))
except ValueError as e:
    print(type(e).__name__, e)

def attempt(f, *args):
    try:
        print(list(f(*args)))
    except TypeError as e:
        print(type(e).__name__, e)

attempt(map, abs)
attempt(map)
attempt(map, abs, 5)
attempt(filter, None)
attempt(filter, None, 5)
attempt(map, 5, [1])
attempt(filter, 5, [1])
print(type(map(abs, [])).__name__, type(filter(None, [])).__name__)
print(list(map(str.upper, "abc")), "".join(map(chr, [75, 114, 97, 105, 116])))
print(sum(map(int, "12345")), max(map(len, ["x", "yyy", "zz"])))
words = ["alpha", "beta", "gamma"]
print(dict(map(lambda w: (w[0], len(w)), words)))
print(list(filter(lambda kv: kv[1] > 4, {"a": 5, "b": 3}.items())))
