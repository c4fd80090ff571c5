# array.array's errors, with CPython's messages.
import array

def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

for tc, v in [('b', 128), ('b', -129), ('B', 256), ('B', -1), ('h', 1 << 15), ('h', -(1 << 15) - 1), ('H', 1 << 16),
              ('H', -1), ('i', 1 << 31), ('i', -(1 << 31) - 1), ('I', 1 << 32), ('I', -1), ('l', 1 << 63), ('L', 1 << 64),
              ('L', -1), ('q', 1 << 63), ('Q', 1 << 64), ('Q', -1), ('b', 10 ** 30), ('I', 10 ** 30)]:
    attempt(lambda: array.array(tc, [v]))
for tc, v in [('i', 'x'), ('i', 1.5), ('d', 'a'), ('u', 1), ('u', 'ab'), ('f', None)]:
    attempt(lambda: array.array(tc, [v]))
attempt(lambda: array.array('z'))
attempt(lambda: array.array('z', 'abc'))
attempt(lambda: array.array('i', 'abc'))
attempt(lambda: array.array('i', array.array('u', 'a')))
attempt(lambda: array.array('i', b'abc'))
attempt(lambda: array.array('i', 5))
attempt(lambda: array.array())
attempt(lambda: array.array('i', [1], [2]))
attempt(lambda: array.array('i', x=1))
attempt(lambda: array.array(1))
attempt(lambda: array.array('ii'))
a = array.array('i', [1, 2, 3])
attempt(lambda: a + array.array('d'))
attempt(lambda: a + [1])
attempt(lambda: a[5])
attempt(lambda: a['x'])
def setitem(k, v):
    a[k] = v
def delitem(k):
    del a[k]
attempt(lambda: setitem(9, 1))
attempt(lambda: setitem('x', 1))
attempt(lambda: delitem(9))
attempt(lambda: setitem(slice(1, 2), [1]))
attempt(lambda: setitem(slice(1, 2), array.array('d')))
attempt(lambda: setitem(slice(None, None, 2), array.array('i', [1])))
attempt(lambda: setitem(0, 'x'))
attempt(lambda: a.remove(9))
attempt(lambda: a.index(9))
attempt(lambda: a.index())
attempt(lambda: a.index(1, 'x'))
attempt(lambda: a.insert(1))
attempt(lambda: array.array('i').pop())
attempt(lambda: a.pop(10))
attempt(lambda: a.pop('x'))
attempt(lambda: a.frombytes(b'abc'))
attempt(lambda: a.frombytes('x'))
attempt(lambda: a.tounicode())
attempt(lambda: a.fromunicode('x'))
attempt(lambda: a.fromunicode(1))
attempt(lambda: a.fromlist(3))
attempt(lambda: a.fromlist([4, 'x']))
print(a)
attempt(lambda: a.fromfile(None, -1))
attempt(lambda: a.extend(3))
attempt(lambda: a.extend(array.array('d')))
attempt(lambda: a.append())
attempt(lambda: a.tolist(1))
attempt(lambda: a.__reduce_ex__('x'))
attempt(lambda: a.__deepcopy__())
attempt(lambda: hash(a))
attempt(lambda: a * 'x')
def iadd():
    global a
    a += [1]
attempt(iadd)
attempt(lambda: array._array_reconstructor(1, 'i', 8, b''))
attempt(lambda: array._array_reconstructor(int, 'i', 8, b''))
attempt(lambda: array._array_reconstructor(array.array, 'z', 8, b''))
attempt(lambda: array._array_reconstructor(array.array, 'i', 99, b''))
attempt(lambda: array._array_reconstructor(array.array, 'i', 8, ''))
attempt(lambda: array._array_reconstructor(array.array, 'i', 9, b'\x00'))
attempt(lambda: array._array_reconstructor(array.array, 'u', 21, b'\x00\x11\x00\x00' * 2))
