# _io's abstract base classes: default methods, closedness, UnsupportedOperation.
import _io

print(_io.UnsupportedOperation.__mro__, _io.DEFAULT_BUFFER_SIZE, _io.BlockingIOError is BlockingIOError)
print(issubclass(_io.UnsupportedOperation, OSError), issubclass(_io.UnsupportedOperation, ValueError))
print([c.__name__ for c in (_io.StringIO.__mro__ + _io.BytesIO.__mro__ + _io.FileIO.__mro__ + _io.TextIOWrapper.__mro__)])

def attempt(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)

b = _io._IOBase()
print(b.closed, b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush())
attempt(lambda: b.seek(0))
attempt(lambda: b.tell())
attempt(lambda: b.truncate())
attempt(lambda: b.fileno())
attempt(lambda: b._checkReadable())
attempt(lambda: b._checkWritable())
attempt(lambda: b._checkSeekable())
b.close()
print(b.closed)
attempt(lambda: b.flush())
attempt(lambda: iter(b))
attempt(lambda: b.__enter__())
attempt(lambda: b._checkClosed())
attempt(lambda: _io._RawIOBase().read())
attempt(lambda: _io._BufferedIOBase().read())
attempt(lambda: _io._BufferedIOBase().write(b''))
attempt(lambda: _io._TextIOBase().read())
attempt(lambda: _io._TextIOBase().encoding)

class Lines(_io._IOBase):
    def __init__(self, data):
        self.data = data
    def read(self, n=-1):
        chunk, self.data = self.data[:n], self.data[n:]
        return chunk
    def readable(self):
        return True

print(list(Lines(b'a\nbb\nc')), Lines(b'x\ny\n').readlines(), Lines(b'abcdef').readline(3))

class Raw(_io._RawIOBase):
    def __init__(self, data):
        self.data = data
    def readinto(self, b):
        n = min(len(b), len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n
    def readable(self):
        return True

print(Raw(b'hello').read(2), Raw(b'hello').read(), Raw(b'hello').readall(), _io.BufferedReader(Raw(b'xy\nz')).readlines())

class Writer(_io._IOBase):
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

w = Writer()
w.writelines(['a', 'b'])
with w:
    print(w.parts, w.closed)
print(w.closed)
