# array.array: construction, items, repr, typecodes, sequence operations.
import array

print(array.typecodes, array.ArrayType is array.array)
for tc in array.typecodes:
    a = array.array(tc) if tc != 'u' else array.array(tc, 'xyz')
    print(tc, a.typecode, a.itemsize, repr(a), len(a))

a = array.array('d', [1.0, 2.0])
print(a, a[0], a[-1], type(a[0]).__name__)
print(array.array('i', range(5)), array.array('B', b'\x01\x02\xff'), array.array('b', bytearray(b'\x7f')))
print(array.array('u', 'hello'), array.array('u', 'hello').tounicode())
print(array.array('d', array.array('i', [1, 2])), array.array('i', array.array('i', [3])))
print(array.array('H', (x * 2 for x in range(4))), array.array('f', [0.5, 1.25]))
print(array.array('Q', [2**64 - 1]), array.array('q', [-2**63]), array.array('L', [2**64 - 1]), array.array('I', [2**32 - 1]))

a = array.array('i', [1, 2, 3, 4, 5, 6])
print(a[1:4], a[::2], a[::-1], a[-2:], a[10:], a[4:1])
a[0] = 10
a[1:3] = array.array('i', [7, 8, 9])
print(a)
a[::2] = array.array('i', [0, 0, 0, 0])
print(a)
del a[0]
del a[::3]
print(a)
a[1:1] = a
print(a)
a[::-2] = array.array('i', range(len(a[::-2])))
print(a)
del a[::-1]
print(a, len(a))

b = array.array('h', [1, 2])
c = b + array.array('h', [3])
print(c, b * 2, 2 * b, b * -1, type(c).__name__)
b += array.array('h', [4])
b *= 2
print(b, 3 in b, 9 in b)
print(array.array('i', [1, 2]) == array.array('d', [1.0, 2.0]), array.array('i', [1, 2]) < array.array('i', [1, 3]))
print(array.array('i', [1, 2]) < array.array('i', [1, 2, 0]), array.array('i', [2]) > array.array('i', [1, 9]))
print(array.array('i') == array.array('i'), array.array('i', [1]) != array.array('i', [1, 2]), array.array('i', [1]) == [1])
print(list(iter(array.array('b', [5, 6]))), sum(array.array('d', [0.5, 0.25])))

class A(array.array):
    pass

x = A('i', [1, 2])
print(x, type(x + x).__name__, type(x[:1]).__name__, isinstance(x, array.array))
m = memoryview(array.array('i', [1, 2, 3]))
print(m.format, m.itemsize, m.tolist(), m[1], bytes(array.array('h', [1, 256])))
print(bytearray(array.array('B', [65, 66])), b''.join([array.array('B', [67])]))
