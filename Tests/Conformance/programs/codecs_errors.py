# Error handlers: every builtin one through several codecs, called directly on
# exceptions made by hand (with the clamping of start and end), registered handlers
# and what they may return, and UnicodeError attributes and messages.
import codecs

def show(f):
    try:
        return ascii(f())
    except BaseException as e:
        return '%s: %s %r %r' % (type(e).__name__, ascii(str(e)), getattr(e, 'start', None), getattr(e, 'end', None))

text = 'a\xe9\u20ac\U0001f600\udc80\udcff\ud800z'
builtin = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass']
for enc in ['ascii', 'latin-1', 'utf-8', 'utf-16-le', 'utf-32-be', 'cp1252', 'koi8_r']:
    for h in builtin:
        print(enc, h, show(lambda: text.encode(enc, h)))
raw = b'ok\xff\xfe\xed\xa0\x80\xc3\x28\xe2\x82\x00\xd8a'
for enc in ['ascii', 'utf-8', 'utf-16-le', 'utf-16-be', 'utf-32', 'cp1252', 'charmap']:
    for h in builtin:
        print(enc, h, show(lambda: raw.decode(enc, h)))

# The builtin handlers called directly.
excs = [UnicodeEncodeError('ascii', 'a\xe9\x00\U0001F600\u4e00\udc80', 1, 6, 'r'), UnicodeEncodeError('utf-16', 'a\ud800', 1, 2, 'r'),
        UnicodeEncodeError('UTF_32_BE', '\udfff', 0, 1, 'r'), UnicodeEncodeError('CP_UTF8', 'x\udc00', 1, 2, 'r'),
        UnicodeEncodeError('x', 'abc', 5, 7, 'r'), UnicodeEncodeError('x', 'abc', -5, 1, 'r'), UnicodeDecodeError('x', b'abc', 1, 5, 'r'),
        UnicodeDecodeError('x', b'a\xff\xfe\xfd\xfc\xfb', 1, 6, 'r'), UnicodeDecodeError('x', b'a\xff', 0, 2, 'r'),
        UnicodeDecodeError('utf-8', b'\xed\xb0\x80', 0, 1, 'r'), UnicodeDecodeError('utf-16-be', b'\xd8\x00', 0, 1, 'r'),
        UnicodeDecodeError('latin-1', b'\xed\xb0\x80', 0, 1, 'r'), UnicodeTranslateError('a\xe9\u4e00', 0, 3, 'r'), 1, ValueError('v')]
for h in builtin:
    f = codecs.lookup_error(h)
    print(h, f.__name__, [show(lambda: f(e)) for e in excs])
e = UnicodeEncodeError('x', 'abc', 0, 1, 'r')
e.object = b'abc'
print(show(lambda: codecs.replace_errors(e)), show(lambda: codecs.ignore_errors(e)))

# Registered handlers: replacements, positions, and the exception they are given.
log = []
def record(e):
    log.append((type(e).__name__, e.encoding, ascii(e.object), e.start, e.end, e.reason, e))
    return ('<%d>' % e.start, e.end)
codecs.register_error('test.record', record)
print(show(lambda: 'a\xe9b\xe8\u20acc'.encode('ascii', 'test.record')), show(lambda: b'a\xffb\xfe\xfdc'.decode('utf-8', 'test.record')))
print([entry[:-1] for entry in log], log[0][-1] is log[1][-1], log[2][-1] is log[4][-1], log[1][-1] is log[2][-1])
returns = {'bytes': lambda e: (b'<B>', e.end), 'negative': lambda e: ('#', -1), 'back': lambda e: ('#', max(e.start + 1, e.end - 1)),
           'far': lambda e: ('#', 100), 'far_negative': lambda e: ('#', -100), 'list': lambda e: ['#', e.end], 'short': lambda e: ('#',),
           'nonint': lambda e: ('#', 'x'), 'noninstr': lambda e: (1, e.end), 'nonascii': lambda e: ('\xe9', e.end),
           'odd_bytes': lambda e: (b'abc', e.end), 'raise': lambda e: 1 / 0, 'none': lambda e: None, 'bigpos': lambda e: ('#', 2**70)}
for name, f in returns.items():
    codecs.register_error('test.' + name, f)
for name in returns:
    h = 'test.' + name
    print(name, show(lambda: 'ab\xe9cd'.encode('ascii', h)), show(lambda: 'a\ud800b'.encode('utf-16-le', h)),
          show(lambda: 'a\udc80b'.encode('utf-8', h)), show(lambda: b'ab\xffcd'.decode('ascii', h)), show(lambda: b'ab\xffcd'.decode('utf-8', h)))
def replace_object(e):
    if e.object != b'NEW\xffdata\xff':
        e.object = b'NEW\xffdata\xff'
        return ('!', 3)
    return ('?', e.end)
codecs.register_error('test.replace_object', replace_object)
def bad_object(e):
    e.object = 'not bytes'
    return ('!', e.end)
codecs.register_error('test.bad_object', bad_object)
print(show(lambda: b'x\xffyz'.decode('utf-8', 'test.replace_object')), show(lambda: b'x\xff'.decode('ascii', 'test.bad_object')))
print(show(lambda: codecs.register_error('x', 1)), show(lambda: codecs.register_error(1, print)), show(lambda: codecs.lookup_error(1)),
      show(lambda: codecs.lookup_error('test.nope')), show(lambda: 'ab'.encode('ascii', 'test.nope')), show(lambda: '\xe9'.encode('ascii', 'test.nope')))
codecs.register_error('test.alias', codecs.replace_errors)
print('\xe9'.encode('ascii', 'test.alias'), b'\xff'.decode('ascii', 'test.alias'), codecs.lookup_error('test.alias') is codecs.replace_errors)

# UnicodeError attributes and messages.
for e in [UnicodeEncodeError('ascii', 'a\xe9b', 1, 2, 'ordinal not in range(128)'), UnicodeEncodeError('ascii', 'a\xe9b', 1, 3, 'why'),
          UnicodeEncodeError('ascii', '\U0001f600', 0, 1, 'r'), UnicodeEncodeError('ascii', '\u20ac', 0, 1, 'r'),
          UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte'), UnicodeDecodeError('utf-8', bytearray(b'ab\xff'), 1, 3, 'x'),
          UnicodeTranslateError('\xe9', 0, 1, 'no'), UnicodeTranslateError('ab', 0, 2, 'no'), UnicodeDecodeError('x', b'a', 5, 9, 'past')]:
    print(type(e).__name__, ascii(str(e)), ascii(e.args), ascii(getattr(e, 'encoding', None)), ascii(e.object), e.start, e.end, e.reason)
e = UnicodeEncodeError('ascii', 'abc', 0, 1, 'r')
e.start, e.end, e.reason, e.encoding = 1, 3, 'changed', 'enc'
print(str(e), e.args)
try:
    'x\u20acy'.encode('latin-1')
except UnicodeEncodeError as err:
    print(isinstance(err, UnicodeError), isinstance(err, ValueError), err.args, err.start, err.end)
for f in [lambda: UnicodeEncodeError('a'), lambda: UnicodeEncodeError(1, 'a', 0, 1, 'r'), lambda: UnicodeDecodeError('a', 'str', 0, 1, 'r'),
          lambda: UnicodeTranslateError('a', 0, 1), lambda: UnicodeDecodeError('a', memoryview(b'xy'), 0, 1, 'r').object]:
    print(show(f))
