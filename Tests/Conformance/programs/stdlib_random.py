# CPython's random.py on the native _random and _sha512: the same seeds give the same numbers.
import random

random.seed(1)
print(random.random(), random.randint(1, 100), random.getrandbits(70), random.getrandbits(0))
random.seed("hello")
print(random.random())
random.seed(b"bytes")
print(random.uniform(1, 2))
random.seed(-12345678901234567890)
print(random.random())
r = random.Random(3.5)
print(r.choice("abcdef"), r.sample(range(100), 5), r.shuffle([1, 2, 3]))
state = r.getstate()
first = r.random()
r.setstate(state)
print(first == r.random(), len(state[1]))
print(random.Random(0).gauss(0, 1), random.Random(0).choices([1, 2, 3], k=4))
for bad in ([1], (1,), (1,) * 624 + (625,)):
    try:
        r.setstate((3, bad, None))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    r.getrandbits(-1)
except ValueError as e:
    print(e)
