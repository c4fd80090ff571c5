# UTF-8, UTF-7, UTF-16 and UTF-32 through _codecs: byte orders and marks, `final`,
# the ex_decode byte order result, round trips, and the incremental and stream codecs
# of the encodings package fed a byte at a time.
import codecs, io

def show(f):
    try:
        return ascii(f())
    except Exception as e:
        return '%s: %s %r %r' % (type(e).__name__, ascii(str(e)), getattr(e, 'start', None), getattr(e, 'end', None))

samples = ['', 'abc', 'h\xe9llo', '\u20ac100', '\U0001f600 \U00010000\U0010ffff', 'A+B-C~\\', 'mixed \x00\t\n+-+ \u4e00\u4e01 x']
for s in samples:
    print(ascii(s))
    for enc in ['utf_8', 'utf_7', 'utf_16', 'utf_16_le', 'utf_16_be', 'utf_32', 'utf_32_le', 'utf_32_be']:
        encoded, n = getattr(codecs, enc + '_encode')(s)
        print(' ', enc, encoded, n, getattr(codecs, enc + '_decode')(encoded, 'strict', True))
print(codecs.utf_16_encode('ab', None, -1), codecs.utf_16_encode('ab', None, 1), codecs.utf_16_encode('ab', None, 7), codecs.utf_32_encode('a', None, -3))
for data in [b'', b'a', b'\xff', b'\xff\xfe', b'\xfe\xff\x00a', b'\xff\xfea\x00', b'a\x00', b'\xff\xfe\x00', b'\x00\xd8', b'\x00\xd8\x00\xdc', b'\x00\xdc', b'\x00\xd8a\x00']:
    print(ascii(data), [show(lambda: codecs.utf_16_ex_decode(data, 'replace', bo, final)) for bo in (0, -1, 1, 5) for final in (False, True)])
for data in [b'', b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff\x00\x00\x00a', b'a\x00\x00\x00', b'a\x00\x00', b'\x00\xd8\x00\x00', b'\x00\x00\x11\x00']:
    print(ascii(data), [show(lambda: codecs.utf_32_ex_decode(data, 'replace', bo, final)) for bo in (0, -1, 1) for final in (False, True)])
for data in [b'\xe2\x82', b'\xe2\x82\xac', b'a\xf0\x9f\x98', b'\xed\xa0', b'\xed\xa0\x80', b'\xc3', b'\xc3(', b'\xf8\x88\x80\x80\x80', b'\xf4\x90\x80\x80', b'\xe0\x80\x80', b'\xc0\xaf']:
    print(ascii(data), show(lambda: codecs.utf_8_decode(data)), show(lambda: codecs.utf_8_decode(data, 'surrogatepass')),
          show(lambda: codecs.utf_8_decode(data, 'strict', True)), show(lambda: codecs.utf_8_decode(data, 'replace', True)))
for data in [b'+', b'+A', b'+AG', b'+AGE', b'+AGE-', b'a+AGEA', b'+2D3', b'+2D3dgA-', b'+2D3-', b'+-', b'+!', b'\xff', b'+AGF-', b'+AGEx', b'++']:
    print(ascii(data), show(lambda: codecs.utf_7_decode(data)), show(lambda: codecs.utf_7_decode(data, 'strict', True)), show(lambda: codecs.utf_7_decode(data, 'replace', True)))
print(codecs.utf_7_encode('Hi Mom -\u263a-!'), codecs.utf_7_encode('A\u2262\u0391.'), codecs.utf_7_encode('~-+\\a\x00'), codecs.utf_7_encode('\u263aa'), codecs.utf_7_encode('\u263a-'))
print(codecs.utf_8_encode('\ud800', 'surrogatepass'), codecs.utf_16_be_encode('\udc00x', 'surrogatepass'), codecs.utf_32_le_encode('\ud800', 'surrogatepass'))
print(codecs.utf_16_le_decode(b'\x00\xd8\x00\xdc\x00\xd8', 'surrogatepass', True), codecs.utf_32_be_decode(b'\x00\x00\xd8\x00', 'surrogatepass', True))

# Incremental and stream codecs, a byte (or character) at a time.
text = 'a\xe9\u20ac\U0001f600\r\nz+-\ufeff'
for enc in ['utf-8', 'utf-8-sig', 'utf-7', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    encoded = text.encode(enc)
    decoder = codecs.getincrementaldecoder(enc)()
    pieces = [decoder.decode(encoded[i:i + 1]) for i in range(len(encoded))]
    pieces.append(decoder.decode(b'', True))
    encoder = codecs.getincrementalencoder(enc)()
    chunks = [encoder.encode(c) for c in text] + [encoder.encode('', True)]
    print(enc, encoded, ascii(pieces), b''.join(chunks) == encoded, ascii(decoder.getstate()))
    decoder.reset()
    print(' ', ascii(decoder.decode(encoded[:3])), ascii(decoder.decode(encoded[3:], True)), show(lambda: codecs.getincrementaldecoder(enc)().decode(encoded[:-1], True)))
    stream = io.BytesIO()
    writer = codecs.getwriter(enc)(stream)
    writer.write(text)
    writer.writelines(['x', 'y\n'])
    reader = codecs.getreader(enc)(io.BytesIO(stream.getvalue()))
    print(' ', stream.getvalue() == encoded + 'xy\n'.encode(enc)[len(''.encode(enc)):] or stream.getvalue(), ascii(reader.read(2)), ascii(reader.readline()), ascii(reader.read()))
    rw = codecs.StreamReaderWriter(io.BytesIO(encoded), codecs.getreader(enc), codecs.getwriter(enc))
    print(' ', ascii(rw.readlines()))
recoded = codecs.EncodedFile(io.BytesIO('\xe9t\xe9'.encode('latin-1')), 'utf-8', 'latin-1')
print(recoded.read())
