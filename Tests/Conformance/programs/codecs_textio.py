# TextIOWrapper with codecs from the registry (utf-16, utf-32, cp1252, utf-8-sig,
# utf-7, an error handler the native codecs lack): lines, tell()/seek() cookies for
# every newline mode and small chunks, writing with byte order marks, append mode.
import io, os

def show(f):
    try:
        return ascii(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, ascii(str(e)))

text = 'h\xe9llo\r\nw\xf6rld\n\u20acuro\rline\n' * 2 + 'end'
for enc in ['utf-16', 'utf-16-le', 'utf-32', 'cp1252', 'utf-8-sig', 'utf-7']:
    for newline in [None, '', '\n']:
        for chunk in [2, 64]:
            t = io.TextIOWrapper(io.BytesIO(text.encode(enc)), encoding=enc, newline=newline)
            t._CHUNK_SIZE = chunk
            lines, positions = [], []
            while True:
                line = t.readline()
                if not line:
                    break
                lines.append(line)
                positions.append(t.tell())
            t.seek(positions[2])
            after = t.readline()
            t.seek(0)
            print(enc, ascii(newline), chunk, len(lines), ascii(lines[:3]), positions, ascii(after), t.newlines, ascii(t.read(5)), t.tell(), ascii(t.read(7)), t.tell())
for enc in ['utf-16', 'utf-32', 'cp1252', 'utf-8-sig']:
    b = io.BytesIO()
    t = io.TextIOWrapper(b, encoding=enc)
    t.write('abc\n\u20ac')
    t.flush()
    first = b.getvalue()
    t.seek(0)
    t.write('x')
    t.flush()
    second = b.getvalue()
    t.seek(0, 2)
    t.write('y')
    t.flush()
    t.seek(0)
    print(enc, first, second, b.getvalue(), ascii(t.read()), t.tell(), t.encoding)
t = io.TextIOWrapper(io.BytesIO(b'a\xffb'), encoding='cp1252', errors='namereplace')
print(show(t.read), t.errors)
t = io.TextIOWrapper(io.BytesIO(), encoding='ascii', errors='namereplace')
t.write('a\xe9\u4e00')
t.flush()
print(t.buffer.getvalue())
t = io.TextIOWrapper(io.BytesIO(b'\x81'), encoding='cp1252')
print(show(t.read))
print(show(lambda: io.TextIOWrapper(io.BytesIO(), encoding='rot13')), show(lambda: io.TextIOWrapper(io.BytesIO(), encoding='no-such')))

path = '/tmp/krait_codecs_textio_test.txt'
with open(path, 'w', encoding='utf-16') as f:
    f.write('one\ntwo\n')
with open(path, 'a', encoding='utf-16') as f:
    f.write('three\n')
with open(path, 'rb') as f:
    print(f.read())
with open(path, encoding='utf-16') as f:
    print(f.readlines(), f.tell())
with open(path, 'r+', encoding='utf-16') as f:
    print(ascii(f.read(4)), f.tell())
    f.seek(0, 2)
    f.write('four')
with open(path, encoding='utf-16') as f:
    print(ascii(f.read()))
with open(path, 'w', encoding='cp1252', errors='replace') as f:
    print(f.write('a\u20ac\u4e00'), f.encoding, f.errors)
with open(path, 'rb') as f:
    print(f.read())
with open(path, 'rb') as raw:
    t = io.TextIOWrapper(raw, encoding='cp1252')
    print(ascii(t.read()), show(lambda: t.write('x')))
    t.detach()
with open(path, 'wb') as raw:
    t = io.TextIOWrapper(raw, encoding='utf-16')
    print(show(t.read), show(t.readline))
    t.detach()
os.remove(path)
