from support.evaluate import show

exprs = r'''
b'abc'.split(maxsplit=1, sep=b'b')
b'a b'.split(None, -5)
bytes(b'abc', 'ascii')
bytes('abc', encoding='ascii', errors='strict')
bytes(10**20)
bytes(-5)
bytearray(-1)
bytes(True)
bytes([True, False])
bytes(x for x in range(3))
bytearray(x for x in [1, 2, 300])
bytes({1: 2})
bytes({1, 2})
b'ab' * 10**19
b'x' + 1
1 + b'x'
b'x' * 'a'
bytearray(b'x') * 2.0
b'abc'[10**20]
b'%s' % 'x'
b'%d' % 'x'
b'%x' % 1.5
b'%c' % 'a'
b'%c' % 256
b'%c' % b'ab'
b'%(a)s %(b)d' % {b'a': b'x', b'b': 2}
b'%s %s' % (b'a',)
b'%s' % (b'a', b'b')
b'%5s|%-5s|' % (b'ab', b'cd')
b'%.1b' % b'xyz'
b'%r' % 'h\xe9'
b'%a' % b'q'
b'%i %u %o %X %e %g %E %G %F' % (1, 2, 8, 255, 1.5, 2.5, 3.5, 4.5, 5.5)
b'%*d' % (5, 3)
b'%-*d|' % (5, 3)
b'%' % ()
b'%z' % 1
bytearray(b'%s') % b'x'
b'a'.center(3, 'x')
b'a'.center(3, b'')
b'abc'.hex(sep=b'')
b'abc'.hex(bytes_per_sep=2)
b'abcdef'.hex(':', 0)
b'abcdef'.hex(':', 10**20)
bytes.fromhex('a')
bytes.fromhex('abc')
bytes.fromhex(' a b')
bytes.fromhex('\u00e9')
bytes.fromhex('ab\x00')
bytes.fromhex()
bytearray.fromhex('ff')
b'\xff'.decode()
b'\xff'.decode('utf-8', 'bogus')
b'abc'.decode(encoding='ascii')
b'a'.join(b'bcd')
b'a'.join([memoryview(b'x')[::2]])
b'a'.startswith((b'a', 1))
b'a'.startswith(b'a', 'x')
b'a'.startswith()
b'a'.count(b'a', None, None)
b'aaa'.count(b'')
bytearray(b'aaa').find(b'', 5)
b'abc'.index(99, -1)
b'abc'.rindex(b'z')
b'abc'.translate(None)
b'abc'.translate(b'x' * 256, b'ab')
b'abc'.translate(table=None)
b'abc'.replace(b'', b'-', 2)
b'abc'.removeprefix(memoryview(b'a'))
bytes.maketrans(bytearray(b'a'), memoryview(b'b'))
b'a\tb'.expandtabs(-1)
b'a'.zfill(-1)
b'-'.zfill(3)
b'+a'.zfill(4)
b'hello'.title()
b"they're bill's".title()
b'aBc'.swapcase()
b'\xe9A'.lower()
b''.istitle()
b'A1'.isupper()
b'Ab Cd'.istitle()
b'\x80'.isascii()
b' \x0b\x0c'.isspace()
b'12'.isdigit()
list(reversed(b'abc'))
list(reversed(bytearray(b'abc')))
sorted(b'cba')
max(b'abc')
b'ab' < b'abc'
bytearray(b'a') < memoryview(b'b')
b'a' < bytearray(b'b')
b'a' < 'b'
bytearray(b'a') == 'a'
memoryview(b'ab') == memoryview(bytearray(b'ab'))
memoryview(b'ab') < b'x'
memoryview(b'ab')[0:1] == b'a'
memoryview(memoryview(b'abc')[1:])[1]
memoryview(b'abc').cast('B', (3,))
memoryview(bytearray(b'abc'))[1:3].tobytes()
memoryview(b'abc')[::-1].tolist()
memoryview(b'abc').tobytes('C')
memoryview(b'abc').hex(':')
memoryview(b'abc').obj
len(memoryview(bytearray(5)))
memoryview(b'')[0]
memoryview(b'a')[1.0]
memoryview(1)
bytes(memoryview(b'abc')[::2])
bytearray(memoryview(b'abc')[::-1])
b'x' + memoryview(b'y')
bytearray(b'x') + memoryview(b'y')[::-1]
b'ab' in memoryview(b'abc')
str(b'abc', 'utf-8')
str(bytearray(b'abc'), 'latin-1')
str(memoryview(b'abc'), 'ascii')
str(b'abc')
str(bytearray(b'a'))
repr(bytearray(b'\'"'))
repr(b'\'"')
repr(bytearray(b'"'))
ord(memoryview(b'a'))
int.from_bytes(b'\xff\xff', 'big', signed=True)
b'abc'.__getnewargs__()
bytearray(b'abc').__reduce_ex__(4)
bytes.__bytes__(b'x')
b'x'.__bytes__(1)
b'\x00abc'.split(b'\x00')
b'a\x00b'.replace(b'\x00', b'0')
bytearray(b'abc').rpartition(b'z')
b'abc'.rpartition(b'z')
b''.join([])
bytearray().join([b'a', b'b'])
b'x'.ljust(3, bytearray(b'-'))
b'x'.rjust(3, memoryview(b'-'))
'''
show(exprs)
