# all() and any(): truth of items, short-circuiting, empty inputs, iterators and errors
print(all([]), any([]), all([1, 2, 3]), all([1, 0, 3]), any([0, 0, 1]), any([0, "", None]))
print(all("abc"), any(""), all({0: "a"}), any({0: "a", 1: "b"}), all(range(1, 5)), any(range(1)))

def noisy(values):
    for v in values:
        print("  yield", v)
        yield v

print("all:", all(noisy([1, 0, 2])))
print("any:", any(noisy([0, 5, 0])))

it = iter([1, 0, 7, 8])
print(all(it), list(it))
it = iter([0, 3, 4])
print(any(it), list(it))

class Truthy:
    def __init__(self, value):
        self.value = value
    def __bool__(self):
        print("  bool of", self.value)
        return bool(self.value)

print(all([Truthy(1), Truthy(0), Truthy(1)]))
print(any([Truthy(0), Truthy(2), Truthy(3)]))

class Lengthy:
    def __len__(self):
        return 0
print(any([Lengthy()]), all([Lengthy()]))

class BadBool:
    def __bool__(self):
        return 1

for f in (all, any):
    for arg in [5, None, [BadBool()]]:
        try:
            f(arg)
        except TypeError as e:
            print(f.__name__, type(e).__name__, e)
try:
    all()
except TypeError as e:
    print(type(e).__name__, e)
try:
    any([1], [2])
except TypeError as e:
    print(type(e).__name__, e)

def raises():
    yield 0
    raise ValueError("from generator")
try:
    any(raises())
except ValueError as e:
    print(type(e).__name__, e)
print(all(x > 0 for x in [1, 2, -1]), any(x > 5 for x in [1, 2, 9]))
