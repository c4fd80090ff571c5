# array.array methods: list-like mutation, conversions, files, pickling support.
import array

a = array.array('i', [3, 1, 4, 1, 5])
a.append(9)
a.extend([2, 6])
a.extend(array.array('i', [5]))
a.insert(0, 0)
a.insert(-1, 7)
a.insert(100, 8)
print(a, a.count(1), a.index(1), a.index(1, 3), a.index(5, -3))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
a.reverse()
print(a, a.tolist(), a.buffer_info()[1])
b = array.array('h', [1, 2, 0x1234])
b.byteswap()
print(b, b.tobytes())
b.frombytes(b'\x01\x00')
b.fromlist([7, 8])
print(b)
u = array.array('u', 'ab')
u.fromunicode('cd')
print(u, u.tounicode(), u.tobytes()[:8])
d = array.array('d', [1.5])
d.frombytes(array.array('d', [2.5]).tobytes())
print(d, d.__copy__(), d.__deepcopy__({}), d.__copy__() is d)
print(a.__reduce_ex__(2), a.__reduce_ex__(3)[1][1:3])
print(array.array('f', [1.0]).__reduce_ex__(4))

class A(array.array):
    pass

x = A('b', [1])
x.tag = 'x'
print(x.__reduce_ex__(3)[2], x.__reduce_ex__(1))
r = array._array_reconstructor
print(r(array.array, 'i', 8, b'\x01\x00\x00\x00'), r(array.array, 'i', 9, b'\x00\x00\x00\x02'), r(array.array, 'd', 17, b'?\xf0\x00\x00\x00\x00\x00\x00'))
print(r(A, 'u', 21, b'\x00\x00\x00a\x00\x00\x00b'), r(array.array, 'q', 1, b'\xff'), r(array.array, 'H', 13, b'\xff' * 8))
print(r(array.array, 'u', 18, b'a\x00b\x00=\xd8\x00\xde'))
it = iter(array.array('i', [1, 2, 3]))
next(it)
print(it.__reduce__()[1:])
it.__setstate__(5)
print(list(it), it.__reduce__()[1:])

path = '/tmp/krait_array_file_test.bin'
with open(path, 'wb') as f:
    array.array('i', range(4)).tofile(f)
with open(path, 'rb') as f:
    g = array.array('i')
    g.fromfile(f, 3)
    print(g)
    try:
        g.fromfile(f, 5)
    except EOFError as e:
        print('EOFError', e, g)
# The file is removed where `posix` exists (it arrives with the stdlib work).
try:
    from posix import remove
except ImportError:
    remove = None
if remove:
    remove(path)
print(array.array('i', [1, 2]).__sizeof__() - array.array('i').__sizeof__())
