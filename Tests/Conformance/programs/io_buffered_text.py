# _io's buffered and text layers and open(), on a temporary file and on BytesIO.
import _io

path = '/tmp/krait_io_buffered_test.txt'
with open(path, 'w') as f:
    print(type(f).__name__, f.mode, f.encoding, f.name == path, f.line_buffering, type(f.buffer).__name__, type(f.buffer.raw).__name__)
    print(f.write('first line\nsecond: \u00e9\u20ac\U0001F600\n'), f.write('third\r\nfourth'), f.tell())
with open(path) as f:
    print(f.readline(), f.tell(), repr(f.read(5)), f.tell(), f.readlines())
with open(path) as f:
    print(f.read(3), f.newlines, f.readlines(), f.newlines)
    f.seek(0)
    print([line for line in f])
    print(f.seek(0, 2), repr(f.read()), f.seek(11), repr(f.readline()))
with open(path, 'rb') as f:
    print(type(f).__name__, f.read(6), f.peek(1)[:1], f.read1(3), f.tell(), f.readline(), f.seek(-3, 2), f.read())
with open(path, 'r', newline='') as f:
    print(f.readlines())
with open(path, 'r', newline='\r\n') as f:
    print(f.readlines())
with open(path, 'a', encoding='latin-1') as f:
    f.write('\n\xe9')
with open(path, 'rb', buffering=0) as f:
    print(type(f).__name__, f.read()[-4:])
with open(path, 'r+b') as f:
    print(type(f).__name__, f.read(5), f.write(b'X'), f.seek(0), f.read(7))
with open(path, encoding='utf-8', errors='replace') as f:
    print(repr(f.read()[-6:]))
with open(path, encoding='ascii', errors='ignore') as f:
    print(repr(f.read()[-12:]))
with open(path, encoding='utf-8', errors='surrogateescape') as f:
    print(repr(f.read()[-3:]))

w = _io.BufferedWriter(_io.BytesIO(), 4)
print(w.write(b'ab'), w.raw.getvalue(), w.write(b'cdef'), w.raw.getvalue(), w.flush(), w.raw.getvalue())
r = _io.BufferedReader(_io.BytesIO(b'line1\nline2\nrest'), 3)
print(r.readline(), r.read(2), r.peek(), list(r), r.read())
t = _io.TextIOWrapper(_io.BytesIO(b'a\r\nb\rc\n'), newline=None)
print(t.readlines(), t.newlines, t.encoding, t.errors)
t = _io.TextIOWrapper(_io.BytesIO(), encoding='utf-8', newline='\r\n', line_buffering=True)
t.write('x\ny')
print(t.buffer.getvalue())
p = _io.BufferedRWPair(_io.BytesIO(b'in'), _io.BytesIO())
print(p.read(), p.write(b'out'), p.readable(), p.writable(), p.closed)
d = _io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode('a\r')), repr(d.decode('\nb\r')), repr(d.decode('', final=True)), d.newlines, d.getstate())

def attempt(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: open(path, 'rw'))
attempt(lambda: open(path, 'rt+b'))
attempt(lambda: open(path, 'rb', encoding='utf-8'))
attempt(lambda: open(path, 'r', buffering=0))
attempt(lambda: open(path, 'z'))
attempt(lambda: open(1.5))
attempt(lambda: open(path, encoding='nope'))
attempt(lambda: _io.TextIOWrapper(_io.BytesIO(), newline='x'))
attempt(lambda: _io.BufferedReader(_io.BytesIO(), 0))
attempt(lambda: _io.TextIOWrapper(_io.BytesIO(b'\xffabc')).read())
attempt(lambda: _io.TextIOWrapper(_io.BytesIO(), encoding='ascii').write('\xe9'))
f = open(path)
f.close()
attempt(lambda: f.read())
attempt(lambda: f.closed)
attempt(lambda: repr(f) == "<_io.TextIOWrapper name='%s' mode='r' encoding='UTF-8'>" % path)
attempt(lambda: _io.text_encoding(None))
attempt(lambda: _io.text_encoding('latin-1'))
attempt(lambda: _io.open_code(path).read(5))
attempt(lambda: _io.open_code(1))
# The file is removed where `posix` exists (it arrives with the stdlib work).
try:
    from posix import remove
except ImportError:
    remove = None
if remove:
    remove(path)
