# fcntl: fcntl, ioctl, flock and lockf on pipes and a file, and their checks.
import fcntl
import posix

FIONREAD = 0x541B  # Linux's, as termios exports it


def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


names = sorted(n for n in dir(fcntl) if n.isupper())
print(len(names), [(n, getattr(fcntl, n)) for n in names[:12]])
print(fcntl.__doc__.splitlines()[0], fcntl.fcntl.__text_signature__, fcntl.ioctl.__text_signature__)
r, w = posix.pipe()
print(fcntl.fcntl(r, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
print(fcntl.fcntl(r, fcntl.F_SETFD, 0), fcntl.fcntl(r, fcntl.F_GETFD))
flags = fcntl.fcntl(w, fcntl.F_GETFL)
fcntl.fcntl(w, fcntl.F_SETFL, flags | posix.O_NONBLOCK)
print(fcntl.fcntl(w, fcntl.F_GETFL) & posix.O_NONBLOCK != 0, posix.get_blocking(w))
print(fcntl.fcntl(r, fcntl.F_GETPIPE_SZ) > 0)
print(fcntl.fcntl(r, fcntl.F_GETFD, b"abcd"), fcntl.fcntl(r, fcntl.F_GETFD, "text"))


class FD:
    def fileno(self):
        return r


print(fcntl.fcntl(FD(), fcntl.F_GETFD))
dup = fcntl.fcntl(r, fcntl.F_DUPFD_CLOEXEC, 10)
print(dup >= 10, fcntl.fcntl(dup, fcntl.F_GETFD))
posix.close(dup)
attempt(lambda: fcntl.fcntl(r, fcntl.F_GETFD, "x" * 2000))
attempt(lambda: fcntl.fcntl(r, fcntl.F_GETFD, 1.5))
attempt(lambda: fcntl.fcntl(r, fcntl.F_GETFD, bytearray(4)))
attempt(lambda: fcntl.fcntl(99, fcntl.F_GETFD))
attempt(lambda: fcntl.fcntl("x", 1))
attempt(lambda: fcntl.fcntl(r))
attempt(lambda: fcntl.fcntl(r, "x"))
attempt(lambda: fcntl.fcntl(r, 1, x=1))
attempt(lambda: fcntl.fcntl(-1, 1))

posix.write(w, b"abc")
print(fcntl.ioctl(r, FIONREAD, b"\0\0\0\0"))
buf = bytearray(4)
print(fcntl.ioctl(r, FIONREAD, buf), buf)
print(fcntl.ioctl(r, FIONREAD, bytearray(4), False))
attempt(lambda: fcntl.ioctl(r, FIONREAD))
attempt(lambda: fcntl.ioctl(r, FIONREAD, 1.5))
attempt(lambda: fcntl.ioctl(r, FIONREAD, b"x" * 2000))
attempt(lambda: fcntl.ioctl(r, -1))
attempt(lambda: fcntl.ioctl(99, FIONREAD))
attempt(lambda: fcntl.ioctl(r))

path = "/tmp/krait_fcntl_lock_%d" % posix.getpid()
fd = posix.open(path, posix.O_RDWR | posix.O_CREAT, 0o644)
print(fcntl.flock(fd, fcntl.LOCK_EX), fcntl.flock(fd, fcntl.LOCK_UN), fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB))
other = posix.open(path, posix.O_RDWR)
attempt(lambda: fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB))
fcntl.flock(fd, fcntl.LOCK_UN)
print(fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB))
attempt(lambda: fcntl.flock(fd, 999))
print(fcntl.lockf(fd, fcntl.LOCK_EX), fcntl.lockf(fd, fcntl.LOCK_UN, 10, 0, 0), fcntl.lockf(fd, fcntl.LOCK_SH, 5, 2, 0))
attempt(lambda: fcntl.lockf(fd, 0))
attempt(lambda: fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB, "x"))
attempt(lambda: fcntl.lockf(r, fcntl.LOCK_EX))
attempt(lambda: fcntl.flock(r, fcntl.LOCK_EX))
for d in (fd, other, r, w):
    posix.close(d)
posix.unlink(path)
