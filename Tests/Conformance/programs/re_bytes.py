# Bytes patterns over bytes-like subjects; str and bytes do not mix.
import array, re

p = re.compile(rb'(\w+)=(\d*)')
for s in (b'key=12 x=', bytearray(b'a=1'), memoryview(b'zz=9'), array.array('B', b'q=7'), memoryview(b'--ab=3')[2:]):
    m = p.search(s)
    print(type(s).__name__, m, m.groups(), type(m.group()).__name__, type(m.string).__name__, p.findall(s))
print(re.sub(rb'\d', b'#', b'a1b2'), re.sub(rb'(\d)', rb'<\1>', bytearray(b'9')), re.split(rb'\s', b'a b'))
print(re.sub(b'a', bytearray(b'x'), b'aba'), re.sub(b'a', memoryview(b'y'), b'a'), re.sub(b'a', lambda m: m.group() * 2, b'ab'))
print(re.findall(rb'\w', 'aé1'.encode()), re.findall(rb'(?i)\xe9', b'\xc9\xe9'), re.findall(rb'[\x80-\xff]+', b'a\xff\x80b'))
print(re.match(rb'\d\s\w', b'1 _'), re.match(rb'\d', '١'.encode()), re.match(rb'(?L)\w+', b'ab\xe9'), re.match(rb'(?i)[a-f]+', b'CAFE'))
print(re.compile(b'x').match(b'x').string is not None, re.escape(b'a.b'), repr(re.compile(rb'\x00\xff')))
b = bytearray(b'abc')
m = re.search(b'b', b)
b[1:2] = b'B'
print(m.group(), m.span(), m.string)
for call in (lambda: re.match('a', b'a'), lambda: re.match(b'a', 'a'), lambda: re.match(b'a', 1),
             lambda: re.sub(b'a', 'x', b'a'), lambda: re.compile(rb'\u0100'), lambda: re.match('a', memoryview(b'a'))):
    try:
        print(call())
    except (TypeError, re.error) as e:
        print(type(e).__name__, e)
m = memoryview(b'ab')
m.release()
try:
    re.match(b'a', m)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
