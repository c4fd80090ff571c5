# unicode_escape, raw_unicode_escape and the bytes escape codec: every escape, errors
# with their handlers, `final`, \N{...} names, and the DeprecationWarning for
# invalid escapes.
import codecs, warnings

warnings.simplefilter('ignore', DeprecationWarning)

def show(f):
    try:
        return ascii(f())
    except Exception as e:
        return '%s: %s %r %r' % (type(e).__name__, ascii(str(e)), getattr(e, 'start', None), getattr(e, 'end', None))

text = 'a\\b\'"\t\n\r\x00\x07\x7f\x80\xe9\xff\u0100\u20ac\uffff\U00010000\U0010ffff\ud800 ~'
print(codecs.unicode_escape_encode(text), codecs.raw_unicode_escape_encode(text))
print(codecs.unicode_escape_decode(codecs.unicode_escape_encode(text)[0])[0] == text, codecs.raw_unicode_escape_decode(codecs.raw_unicode_escape_encode(text)[0])[0] == text)
print(text.encode('unicode_escape'), text.encode('raw_unicode_escape'), repr(b'\\u20ac\\x41'.decode('unicode-escape')), repr(b'\\u20ac\\x41'.decode('raw-unicode-escape')))
inputs = [b'\\\\ \\\' \\" \\a \\b \\f \\n \\r \\t \\v \\\n|', b'\\0 \\12 \\101 \\1012 \\8', b'\\x41\\x4a\\xFF', b'\\u20ac\\U0001f600', b'\\N{EURO SIGN}\\N{latin small letter a}',
          b'\\N{LATIN CAPITAL LETTER GHA}\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{HANGUL SYLLABLE GA}', b'a\\', b'\\x4', b'\\x4g', b'\\u12', b'\\U1234',
          b'\\U00110000x', b'\\N', b'\\N{', b'\\N{}x', b'\\Nx', b'\\N{NO SUCH NAME}x', b'\\N{EURO SIGN', b'\xe9\xff\\u00e9']
for data in inputs:
    print(ascii(data), [show(lambda: codecs.unicode_escape_decode(data, h, final)) for h in ('strict', 'replace', 'backslashreplace') for final in (True, False)])
    print('  raw', [show(lambda: codecs.raw_unicode_escape_decode(data, h, final)) for h in ('strict', 'replace') for final in (True, False)])
for data in [b'\\u00', b'\\u0041', b'\\\\u0041', b'\\\\\\u0041', b'\\U00110000', b'a\\', b'\\x41', b'\\u12zz']:
    print(ascii(data), show(lambda: codecs.raw_unicode_escape_decode(data)), show(lambda: codecs.raw_unicode_escape_decode(data, 'strict', False)))
print(codecs.escape_encode(bytes(range(0, 256, 7)) + b'\'"\\'), codecs.escape_encode(b''))
for data in [b'\\x41\\n\\t\\\\\\\'\\"\\a\\b\\f\\v\\r', b'\\0\\101\\777', b'a\\\nb', b'ab\\x4', b'ab\\x4g', b'ab\\xg', b'ab\\', '\\x41\xe9', b'\xff\\x00']:
    print(ascii(data), [show(lambda: codecs.escape_decode(data, h)) for h in (None, 'strict', 'replace', 'ignore', 'foo')])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(codecs.unicode_escape_decode(b'\\q\\z'), codecs.escape_decode(b'\\q'), codecs.unicode_escape_decode(b'\\777\\q'), codecs.escape_decode(b'\\z\\400'))
    print(b'\\d'.decode('unicode_escape'), codecs.raw_unicode_escape_decode(b'\\q'))
print([(w.category.__name__, str(w.message)) for w in caught])
