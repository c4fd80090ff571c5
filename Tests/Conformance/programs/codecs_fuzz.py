# Every _codecs decoder and encoder with every error handler (and handlers that
# mark, resume early or return bytes) on pseudo-random inputs made of the bytes and
# characters that matter to the codecs, with and without final.
import codecs, warnings
warnings.simplefilter("ignore", DeprecationWarning)
seed = 7
N = 12
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return (seed >> 8) % n
BYTES = b'\x00\x01\x0a\x0d\x20\x41\x61\x7a\x7f\x80\x8f\x90\xa0\xbf\xc0\xc2\xdf\xe0\xed\xef\xf0\xf4\xf5\xfe\xff\xd8\xdb\xdc\xdf\x11\x10+-/\\xuUN{}0479afAF\'"nq'
CHARS = ['a', 'Z', '0', '\x00', '\t', '\n', '+', '-', '/', '\\', '~', '!', '\x7f', '\x80', '\xe9', '\xff',
         '\u0100', '\u20ac', '\u4e00', '\ud800', '\udbff', '\udc00', '\udc80', '\udcff', '\udfff', '\ufeff', '\ufffe',
         '\U0001f600', '\U00010000', '\U0010ffff', ' ', '"', "'"]
def custom(e):
    if isinstance(e, UnicodeDecodeError):
        return ('<%d:%d:%s>' % (e.start, e.end, e.reason), e.end)
    return ('[%d:%d]' % (e.start, e.end), e.end)
def back(e):
    # Resumes one before the end (or at it when that would not move forward).
    return ('#', max(e.start + 1, e.end - 1))
def tobytes(e):
    return (b'<B>', e.end)
codecs.register_error('custom', custom)
codecs.register_error('back', back)
codecs.register_error('tobytes', tobytes)
DH = ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass', 'custom', 'back']
EH = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass', 'custom', 'back', 'tobytes']
c = codecs
DEC = [('utf_8_decode', True), ('utf_7_decode', True), ('utf_16_decode', True), ('utf_16_le_decode', True), ('utf_16_be_decode', True),
       ('utf_32_decode', True), ('utf_32_le_decode', True), ('utf_32_be_decode', True), ('unicode_escape_decode', True),
       ('raw_unicode_escape_decode', True), ('ascii_decode', False), ('latin_1_decode', False)]
ENC = ['utf_8_encode', 'utf_7_encode', 'utf_16_encode', 'utf_16_le_encode', 'utf_16_be_encode', 'utf_32_encode',
       'utf_32_le_encode', 'utf_32_be_encode', 'unicode_escape_encode', 'raw_unicode_escape_encode', 'ascii_encode', 'latin_1_encode']
def show(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s %s %r %r' % (type(e).__name__, e, getattr(e, 'start', None), getattr(e, 'end', None))
for trial in range(N):
    data = bytes(BYTES[rnd(len(BYTES))] for _ in range(rnd(10)))
    for name, hasfinal in DEC:
        f = getattr(c, name)
        for h in DH:
            if hasfinal:
                for final in (False, True):
                    print(name, data, h, final, show(lambda: f(data, h, final)))
            else:
                print(name, data, h, show(lambda: f(data, h)))
    print('ex16', data, show(lambda: c.utf_16_ex_decode(data, 'strict', 0, False)), show(lambda: c.utf_16_ex_decode(data, 'replace', 0, True)))
    print('ex32', data, show(lambda: c.utf_32_ex_decode(data, 'strict', 0, False)), show(lambda: c.utf_32_ex_decode(data, 'replace', 0, True)))
    print('esc', data, show(lambda: c.escape_decode(data)), show(lambda: c.escape_decode(data, 'replace')), show(lambda: c.escape_encode(data)))
    text = ''.join(CHARS[rnd(len(CHARS))] for _ in range(rnd(8)))
    for name in ENC:
        f = getattr(c, name)
        for h in EH:
            print(name, ascii(text), h, show(lambda: f(text, h)))
    print('utf7rt', ascii(text), show(lambda: c.utf_7_decode(c.utf_7_encode(text)[0], 'strict', True)))
    print('uert', ascii(text), show(lambda: c.unicode_escape_decode(c.unicode_escape_encode(text)[0])))
