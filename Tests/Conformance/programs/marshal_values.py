# Every marshallable type at every format version: the bytes CPython writes, and back.
import marshal
values = [None, True, False, ..., StopIteration, 0, 1, -1, 255, 256, 1000, -5, 2**31 - 1, -2**31, 2**31, 2**40, -2**40,
          2**64, 2**100 - 1, -(2**200), 10**50, 1.5, -0.0, 1e300, float('inf'), 2 + 3j, 'abc', '', 'é', '日本',
          'a' * 300, b'', b'xy', bytearray(b'ab'), (), (1,), (1, 'a', None, 2.5, 10**20), tuple(range(300)),
          [1, 2], [], {'a': 1, 'b': [2]}, {}, frozenset(), frozenset(['b', 'a', 'c', 'dd']), {3, 1, 2}, (1, 1),
          ('x', 'x'), memoryview(b'mv')]
for v in values:
    for version in range(5):
        try:
            d = marshal.dumps(v, version)
        except Exception as e:
            print(repr(v)[:30], version, type(e).__name__, e)
            continue
        back = marshal.loads(d)
        print(repr(v)[:40] if type(v) is not memoryview else 'memoryview', version, d[:60], repr(back)[:40], type(back).__name__)
