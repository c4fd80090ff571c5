# _io.FileIO on a temporary file: modes, reads, writes, seeks, errors.
import _io, errno

path = '/tmp/krait_io_fileio_test.bin'
f = _io.FileIO(path, 'w')
print(f.mode, f.readable(), f.writable(), f.seekable(), f.closefd, f.closed, f.name == path, f.isatty())
print(f.write(b'hello\nworld\n'), f.tell(), f.write(bytearray(b'!')))
f.close()
print(f.closed, repr(f))
f = _io.FileIO(path)
print(f.mode, f.read(3), f.read(), f.read(), f.seek(0), f.readall(), f.seek(-2, 2), f.read(10))
f.seek(0)
print(f.readline(), f.readlines(), f.seek(6))
buf = bytearray(5)
print(f.readinto(buf), buf)
f.close()
f = _io.FileIO(path, 'r+')
print(f.mode, f.truncate(4), f.tell(), f.read(), f.seek(0, 1))
f.close()
with _io.FileIO(path, 'a') as f:
    print(f.mode, f.tell(), f.write(b'XY'))
with _io.FileIO(path, 'rb') as f:
    print(f.read(), list(_io.FileIO(path)))
with _io.FileIO(path, 'r') as f:
    g = _io.FileIO(f.fileno(), 'r', closefd=False)
    print(g.read(2), g.closefd, repr(g).startswith('<_io.FileIO fd='), g.mode)
    g.close()
    print(f.read(2))

def attempt(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: _io.FileIO('/tmp/krait_no_such_dir/x'))
attempt(lambda: _io.FileIO(path, 'x'))
attempt(lambda: _io.FileIO('/tmp', 'r'))
attempt(lambda: _io.FileIO(path, 'q'))
attempt(lambda: _io.FileIO(path, 'rw'))
attempt(lambda: _io.FileIO(path, 'r++'))
attempt(lambda: _io.FileIO(path, closefd=False))
attempt(lambda: _io.FileIO(-1))
attempt(lambda: _io.FileIO(1.5))
f = _io.FileIO(path)
attempt(lambda: f.write(b'x'))
attempt(lambda: f.truncate())
attempt(lambda: f.seek(1.5))
attempt(lambda: f.__getstate__())
f.close()
attempt(lambda: f.read())
attempt(lambda: f.fileno())
attempt(lambda: f.tell())
try:
    _io.FileIO('/tmp/krait_no_such_dir/x')
except FileNotFoundError as e:
    print(e.errno == errno.ENOENT, e.filename, e.strerror)
# The file is removed where `posix` exists (it arrives with the stdlib work).
try:
    from posix import remove
except ImportError:
    remove = None
if remove:
    remove(path)
