# The codec registry: lookup with name normalisation and caching, search functions
# (register, unregister, order, bad results), CodecInfo, text-encoding checks, how
# codec failures are wrapped, and _codecs' argument checking.
import codecs, _codecs, warnings

def show(f):
    try:
        return ascii(f())
    except BaseException as e:
        cause = e.__cause__
        return '%s: %s%s' % (type(e).__name__, ascii(str(e)), ' <- %s' % ascii(cause) if cause else '')

print(sorted(n for n in dir(_codecs) if not n.startswith('__')))
info = codecs.lookup('UTF-8')
print(type(info).__name__, info.name, isinstance(info, tuple), len(info), info._is_text_encoding)
print([codecs.lookup(n).name for n in ['utf8', 'U8', 'latin-1', 'L1', 'ISO-8859-1', 'cp1252', 'WINDOWS-1252', 'koi8-r', 'utf_16_le', 'UTF-32BE', 'ascii', 'US-ASCII', 'mac-roman', 'utf-8-sig', 'rot13', 'unicode-escape']])
print(codecs.lookup('utf-8') is codecs.lookup('utf-8'), codecs.lookup(' UTF--8 ').name, codecs.lookup('utf-8\xe9').name)

seen = []
def search(name):
    seen.append(name)
    if name == 'upper_text':
        return codecs.CodecInfo(lambda s, errors='strict': (s.upper().encode('ascii'), len(s)),
                                lambda b, errors='strict': (bytes(b).decode('ascii').upper(), len(b)), name='upper-text')
    if name == 'raw_tuple':
        return (lambda s, e='strict': (b'T', 1), lambda b, e='strict': ('t', 1), None, None)
    if name == 'three':
        return (1, 2, 3)
    if name == 'not_text':
        ci = codecs.CodecInfo(lambda s, e='strict': (s, 1), lambda b, e='strict': (b, 1), name='not-text')
        ci._is_text_encoding = False
        return ci
    if name == 'args':
        return codecs.CodecInfo(lambda *a: (ascii(a).encode(), 0), lambda *a: (ascii((type(a[0]).__name__,) + a[1:]), 0), name='args')
    if name == 'bad_results':
        return codecs.CodecInfo(lambda s, *a: (bytearray(b'ba'), 1) if s == 'ba' else 'plain', lambda b, *a: (b'x', 1) if bytes(b) == b'x' else (1, 2, 3), name='bad')
    return None
codecs.register(search)
for name in ['Upper Text', 'upper-text', 'UPPER_TEXT', 'Foo.Bar-Baz 9', 'nothing']:
    print(name, show(lambda: codecs.lookup(name).name))
print(seen)
print('abc'.encode('upper text'), b'xyz'.decode('UPPER-TEXT'), str(b'q', 'upper_text'), bytes('w', 'upper_text'), bytearray('e', 'upper_text'))
print('x'.encode('raw_tuple'), b'x'.decode('raw_tuple'), codecs.encode('x', 'raw_tuple'))
print(show(lambda: codecs.lookup('three')))
print(show(lambda: 'x'.encode('not_text')), show(lambda: b'x'.decode('not_text')), codecs.encode('x', 'not_text'), codecs.decode(b'y', 'not_text'))
print('ab'.encode('args'), 'ab'.encode('args', 'replace'), codecs.encode('ab', 'args'), codecs.encode('ab', 'args', 'ignore'))
print(b'ab'.decode('args'), b'ab'.decode('args', 'strict'), bytearray(b'ab').decode(encoding='args', errors='x'), codecs.decode(b'ab', 'args'))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(show(lambda: 'ba'.encode('bad_results')))
    print([str(w.message) for w in caught], [w.category.__name__ for w in caught])
print(show(lambda: 'zz'.encode('bad_results')), show(lambda: codecs.encode('zz', 'bad_results')))
print(show(lambda: b'x'.decode('bad_results')), show(lambda: b'y'.decode('bad_results')), show(lambda: codecs.decode(b'y', 'bad_results')))
print(b''.decode('nothing'), str(b'', 'nothing'), show(lambda: ''.encode('nothing')))
print(show(lambda: 'x'.encode('rot13')), show(lambda: b'x'.decode('rot13')), codecs.encode('Hello', 'rot13'), codecs.decode('Uryyb', 'rot_13'))

# Failures inside a codec are re-raised naming the codec when the exception holds
# nothing but a message.
class Plain(ValueError): pass
class WithInit(ValueError):
    def __init__(self, *args): super().__init__(*args)
errors = {'type': TypeError('bad'), 'plain': Plain('p'), 'init': WithInit('i'), 'two': ValueError('a', 'b'), 'key': KeyError('k'),
          'int': ValueError(5), 'empty': ValueError(), 'unicode': UnicodeError('u'), 'os': OSError(2, 'x')}
def failing(name):
    if name.startswith('fail_'):
        error = errors[name[5:]]
        def raiser(*args): raise error
        return codecs.CodecInfo(raiser, raiser, name=name)
codecs.register(failing)
for kind in errors:
    for f in [lambda: codecs.encode('x', 'fail_' + kind), lambda: b'x'.decode('fail_' + kind)]:
        try:
            f()
        except Exception as e:
            print(kind, type(e).__name__, ascii(str(e)), ascii(e.__cause__), e.__suppress_context__)
try:
    try:
        raise OSError('handled')
    except OSError:
        codecs.encode('x', 'fail_type')
except TypeError as e:
    print(ascii(e), ascii(e.__cause__), ascii(e.__context__))
print(show(lambda: codecs.encode(b'abc', 'utf-8')), show(lambda: codecs.decode('abc', 'utf-8')))

codecs.unregister(search)
print(show(lambda: codecs.lookup('upper text')), codecs.unregister(search), codecs.unregister(len))
for f in [lambda: codecs.register(1), lambda: codecs.lookup(1), lambda: codecs.lookup(), lambda: codecs.lookup('a\0b'), lambda: codecs.lookup('\ud800'),
          lambda: _codecs.encode(), lambda: _codecs.encode('a', 1), lambda: _codecs.encode('a', errors=1), lambda: _codecs.encode('a', 'utf-8', 'strict', 1),
          lambda: _codecs.encode(obj='é', encoding='latin-1'), lambda: _codecs.encode('a', foo=1), lambda: _codecs.decode(b'\xe9', 'latin-1', 'strict'),
          lambda: _codecs.utf_8_decode(), lambda: _codecs.utf_8_decode(1), lambda: _codecs.utf_8_decode('x'), lambda: _codecs.utf_8_decode(b'', 1),
          lambda: _codecs.utf_8_decode(b'', None, 'x'), lambda: _codecs.utf_8_decode(b'\xe2', None, 2), lambda: _codecs.utf_8_decode(b'', None, 2**70),
          lambda: _codecs.utf_8_decode(b'', None, 1, 2), lambda: _codecs.utf_8_decode(data=b''), lambda: _codecs.utf_8_encode(1),
          lambda: _codecs.utf_8_encode('a', b'x'), lambda: _codecs.utf_16_encode('a', None, 'x'), lambda: _codecs.utf_16_encode('a', None, 5),
          lambda: _codecs.escape_encode('a'), lambda: _codecs.readbuffer_encode('a\xe9'), lambda: _codecs.readbuffer_encode(memoryview(b'ab')),
          lambda: _codecs.utf_8_decode(memoryview(b'\xc3\xa9')), lambda: _codecs.latin_1_decode(bytearray(b'\xff')), lambda: _codecs.ascii_decode(b'x', 'y', 'z'),
          lambda: 'a'.encode('utf\0-8'), lambda: 'a'.encode('utf-8', 'st\0rict'), lambda: 'a'.encode('utf-\udc808'), lambda: b'a'.decode(1)]:
    print(show(f))
print(_codecs.utf_8_decode.__doc__, _codecs.utf_16_ex_decode.__text_signature__, _codecs.lookup.__doc__)
print(_codecs.__doc__, codecs.lookup_error('strict'), codecs.lookup_error('surrogatepass').__name__, codecs.lookup_error('namereplace').__doc__)
