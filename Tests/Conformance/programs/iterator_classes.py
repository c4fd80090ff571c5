# iterator protocol with classes: separate iterable and iterator, reuse, exhaustion, and infinite iterators
class Range3:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range3Iter(self.n)

class Range3Iter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * 3

r = Range3(4)
print(list(r), list(r), sum(r), [x for x in r if x > 5], dict.fromkeys(r))
it = iter(r)
print(next(it), next(it), list(it), list(it), next(it, "done"))

class Fib:
    def __init__(self):
        self.a, self.b = 0, 1
    def __iter__(self):
        return self
    def __next__(self):
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value
fib = Fib()
print([next(fib) for _ in range(10)])
for v in Fib():
    if v > 100:
        print("first over 100:", v)
        break

class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
print(list(Countdown(3)), max(Countdown(5)), list(zip(Countdown(3), Countdown(2))))

class BadNext:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("broken iterator")
try:
    for _ in BadNext():
        pass
except ValueError as e:
    print(type(e).__name__, e)
class NotIterator:
    def __iter__(self):
        return []
try:
    iter(NotIterator())
except TypeError as e:
    print(type(e).__name__, e)
a, b, *c = Range3(5)
print(a, b, c, *Range3(2), sorted(Range3(3), reverse=True))
