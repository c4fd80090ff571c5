from support.evaluate import show

exprs = r'''
(lambda v: (v.__setitem__(slice(None, None, 2), v[:2]), v))(bytearray(b'abcd'))
(lambda v: (v.extend(v), v))(bytearray(b'ab'))
(lambda v: (v.__setitem__(slice(1, 2), v), v))(bytearray(b'abc'))
(lambda v: (v.__iadd__(v), v))(bytearray(b'ab'))
(lambda v: (v.__imul__(3), v))(bytearray(b'ab'))
(lambda v: (v.__init__(b'xyz'), v))(bytearray(b'ab'))
(lambda v: (v.__init__(), v))(bytearray(b'ab'))
(lambda v: (v.__delitem__(slice(None, None, -2)), v))(bytearray(b'abcdef'))
(lambda v: (v.__setitem__(slice(0, 0), b'xx'), v))(bytearray(b'ab'))
(lambda v: (v.__setitem__(slice(5, 1), b'xx'), v))(bytearray(b'ab'))
(lambda v: (v.__setitem__(slice(0, 2), range(3)), v))(bytearray(b'ab'))
(lambda v: (v.__setitem__(slice(0, 2), 1.5), v))(bytearray(b'ab'))
(lambda v: (v.__setitem__(slice(0, 2), None), v))(bytearray(b'ab'))
(lambda v: (v.__setitem__(0, True), v))(bytearray(b'ab'))
(lambda v: (v.__setitem__(10**20, 1), v))(bytearray(b'ab'))
(lambda v: (v.insert(10**20, 1), v))(bytearray(b'ab'))
(lambda v: (v.pop(10**20), v))(bytearray(b'ab'))
(lambda v: (v.append(), v))(bytearray(b'ab'))
(lambda v: (v.append(1, 2), v))(bytearray(b'ab'))
(lambda v: (v.append(x=1), v))(bytearray(b'ab'))
(lambda v: (v.copy(1), v))(bytearray(b'ab'))
(lambda m: (m.__setitem__(0, b'z'), m.obj))(memoryview(bytearray(b'ab')).cast('c'))
(lambda m: (m.__setitem__(0, -1), m.obj))(memoryview(bytearray(b'ab')).cast('b'))
(lambda m: (m.__setitem__(0, -129), m.obj))(memoryview(bytearray(b'ab')).cast('b'))
(lambda m: (m.__setitem__(slice(0, 2), b'xyz'), m.obj))(memoryview(bytearray(b'ab')))
(lambda m: (m.__delitem__(0), m.obj))(memoryview(bytearray(b'ab')))
(lambda m: (m.release(), bytes(m)))(memoryview(b'ab'))
(lambda m: (m.release(), m.release(), str(m)[:17]))(memoryview(b'ab'))
(lambda m: (m.release(), m == m, m == b'ab'))(memoryview(b'ab'))
(lambda m: (m.release(), m.obj))(memoryview(b'ab'))
(lambda m: (m.release(), m[0]))(memoryview(b'ab'))
(lambda m: (m.release(), list(m)))(memoryview(b'ab'))
(lambda m: (m.release(), m.tobytes()))(memoryview(b'ab'))
(lambda m: (m.release(), m.__enter__()))(memoryview(b'ab'))
memoryview(b'ab').cast('c').tolist()
memoryview(b'\xff\x01').cast('b').tolist()
memoryview(b'ab').cast('b').format
memoryview(b'abc')[::2].cast('c')
memoryview(b'abc').cast()
memoryview(b'abc').tolist(1)
memoryview(b'abc').readonly
memoryview(bytearray(b'abc')).readonly
memoryview(bytearray(b'abc')).toreadonly()[0]
memoryview(b'abc') != memoryview(b'abd')
isinstance(memoryview(b''), memoryview)
type(memoryview(b'')).__name__
memoryview(object=b'ab').tolist()
memoryview(b'ab', b'c')
hash(b'abc') == hash(memoryview(b'abc'))
bytes(memoryview(bytearray(b'ab')))
bytearray(b'ab') + bytearray(b'cd')
type(bytearray(b'ab') + b'cd').__name__
type(b'ab' + bytearray(b'cd')).__name__
bytearray(b'ab') * 0
3 * bytearray(b'ab')
3 * b'ab'
bytearray(b'abc')[::-1]
bytearray(b'abc')[-1]
bytearray(b'abc')[5]
b'abc'[-4]
bytearray(b'abcabc').index(b'c', 3)
bytearray(b'abc').split()
bytearray(b' a ').strip()
bytearray(b'a').center(4)
bytearray(b'abc').hex()
bytearray(b'\xff').decode('latin-1')
bytearray(b'Abc').isupper()
list(iter(bytearray(b'ab')))
type(iter(b'')).__name__
type(iter(bytearray())).__name__
next(iter(b'z'))
b'a' * True
bytes(b'abc').__len__()
b'abc'.__contains__(97)
b'abc'.__getitem__(slice(1, None))
b'abc'.__mod__(())
b'%s'.__rmod__(1)
bytearray.__hash__
bytes.__hash__(b'') == hash(b'')
'%s' % b'x'
'%s' % bytearray(b'x')
f'{b"x"}'
f'{bytearray(b"x")!r}'
format(b'x', '')
format(b'x', '5')
str(b'x', errors='strict')
'{}'.format(b'a')
'''
show(exprs)
m=memoryview(bytearray(b'ab')).cast('c')
for v in [1, b'xy', bytearray(b'x'), 'a', b'q']:
  try: m[0]=v; print(m.obj)
  except Exception as e: print(type(e).__name__, e)
it = iter(memoryview(b'ab')); print(type(it).__name__, list(it), list(it))
m = memoryview(b'abc'); it = iter(m); print(next(it)); m.release()
try: print(list(it))
except ValueError as e: print(e)
print(list(memoryview(b'\xff').cast('b')), list(memoryview(b'xy').cast('c')))
