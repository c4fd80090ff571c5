print(bytes(), bytes(3), bytes([1,2,255]), bytes('héllo', 'utf-8'), bytes(b'ab'), bytes(bytearray(b'xy')))
b = b'hello world'
print(b.upper(), b.title(), b.split(), b.split(b'o'), b.find(b'o'), b.find(111), b.count(b'l'), b.replace(b'l', b'L'))
print(b.hex(), b.hex(':'), b.hex(':', 2), bytes.fromhex('de ad be ef'), b.decode(), b[1], b[1:4], list(b[:3]))
ba = bytearray(b'abc')
ba.append(100); ba.extend([101, 102]); ba.insert(0, 65); print(ba, ba.pop(), ba, len(ba))
ba[0] = 66; ba[1:3] = b'XYZ'; del ba[-1]; print(ba, ba + b'!', b'!' + ba)
ba += b'++'; ba *= 2; print(ba)
m = memoryview(b'abcdef'); print(m[1], m[1:3].tobytes(), m.tolist(), len(m), m.readonly, m.nbytes, m.format, bytes(m[::2]))
print(b'%s %d %r %5.2f %c %x' % (b'xy', 42, b'q', 3.14159, 65, 255))
print(b'a' in b'cab', 97 in b'a', b'abc' < b'abd', b'a' == bytearray(b'a'), bytearray(b'a') == b'a')
print(repr(bytearray()), b'  x  '.strip(), b'x'.center(5, b'*'), b'ab\tc'.expandtabs(4), b'-3'.zfill(4))
print(bytes.maketrans(b'ab', b'xy'), b'abc'.translate(bytes.maketrans(b'ab', b'xy'), b'c'))
print(b','.join([b'a', bytearray(b'b'), memoryview(b'c')]), b'a,b'.partition(b','), b'a\nb\r\nc'.splitlines(True))
try:
    hash(bytearray())
except TypeError as e: print(e)
try: bytes([256])
except ValueError as e: print(e)
with memoryview(bytearray(b'xyz')) as mv:
    mv[0] = 65; print(mv.obj)
print(ord(b'a'), ord(bytearray(b'z')), int.from_bytes(bytearray(b'\x01\x00'), 'big'), int.from_bytes(memoryview(b'\x02'), 'little'), int.from_bytes([1, 2], 'big'))
for bad in [1, 'ab', 1.5]:
    try: int.from_bytes(bad, 'big')
    except TypeError as e: print(e)
try: ord(bytearray(b'ab'))
except TypeError as e: print(e)
class B:
    def __bytes__(self): return b'\x05'
print(int.from_bytes(B(), 'big'), bytes(B()), b'%s' % B())
ba = bytearray(b'hello')
print(ba.__alloc__(), ba.__sizeof__(), ba.__reduce__(), bytearray().__reduce_ex__(2))
for i in range(20): ba.append(i)
print(ba.__alloc__(), len(ba))
del ba[:10]; print(ba, ba.__alloc__())
ba[::2] = bytes(len(ba[::2])); print(ba)
del ba[::3]; print(ba)
try: ba[::2] = b'x'
except ValueError as e: print(e)
try: ba[0:1] = 5
except TypeError as e: print(e)
try: ba.extend(5)
except TypeError as e: print(e)
try: ba.extend('ab')
except TypeError as e: print(e)
try: ba.remove(200)
except ValueError as e: print(e)
try: bytearray().pop()
except IndexError as e: print(e)
x = bytearray(b'abc'); x.reverse(); y = x.copy(); x.clear(); print(x, y, y.pop(0), y)
m = memoryview(bytearray(b'abcdef'))
m2 = m[1:5:2]; print(m2.tolist(), m2.tobytes(), m2.strides, m2.shape, m2.contiguous, m.cast('c')[0], m.cast('b').tolist())
m[1:3] = b'XY'; print(m.obj, m.hex(), m == b'aXYdef', m != b'x', m.toreadonly().readonly)
try: hash(m)
except ValueError as e: print(e)
print(hash(memoryview(b'ab')) == hash(b'ab'))
m.release()
try: len(m)
except ValueError as e: print(e)
print(list(memoryview(b'xyz')), list(bytearray(b'ab')), list(b'q'), [c for c in b'\x00\xff'])
print(dir(bytes) == dir(b''), len([n for n in dir(bytes) if not n.startswith('_')]), len([n for n in dir(bytearray) if not n.startswith('_')]))
print([n for n in dir(bytearray) if not n.startswith('_')])
print([n for n in dir(bytes) if not n.startswith('_')])
print([n for n in dir(memoryview) if not n.startswith('_')])
print(bytearray(b"it's"), bytearray(b'say "hi"'), b"it's")
class MyBA(bytearray):
    pass
x = MyBA(b'abc'); x.append(100); print(x, type(x).__name__, x + b'!', type(x[0:2]).__name__, MyBA.fromhex('41'))
class MyB(bytes):
    pass
y = MyB(b'xyz'); print(y, type(y).__name__, y.upper(), len(y), y == b'xyz', isinstance(y, bytes), MyB.fromhex('42'))
class E:
    def __bytes__(self): return 1
try: bytes(E())
except TypeError as e: print(e)
print(b'abc'.__sizeof__(), bytes.__sizeof__(b''))
for n in range(10):
    z = MyB(b'q' * n); z.k = n; print(z, z.k, bytes(z), z.__sizeof__() - n)

class A(bytearray):
    def __init__(self, data, tag):
        super().__init__(data)
        self.tag = tag
a = A(b'xy', 't'); a.append(33); print(a, a.tag, a.__reduce_ex__(2))
class B(bytes):
    def __init__(self, data):
        self.n = len(data)
b = B(b'abc'); print(b, b.n, b + b'!', b[1:], hash(b) == hash(b'abc'))
class S(bytes):
    def __bytes__(self): return b'custom'
print(bytes(S(b'x')), b'%s' % S(b'x'), S(b'x').__bytes__())
match b'ab':
    case bytes(): print('bytes')
match bytearray(b'x'):
    case bytearray(): print('ba')
d = {b'a': 1}; print(d[b'a'], b'a' in {b'a'}, {bytes([1]): 2})
