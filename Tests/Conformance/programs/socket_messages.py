# socket.sendmsg/recvmsg/recvmsg_into: scattered buffers, descriptors passed
# with SCM_RIGHTS, truncated control data, and datagram addresses.
import _socket as S
import array
import posix


def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


a, b = S.socketpair()
attempt(lambda: a.sendmsg())
attempt(lambda: a.sendmsg(1))
attempt(lambda: a.sendmsg([1]))
attempt(lambda: a.sendmsg([b"ab", bytearray(b"cd"), memoryview(b"ef")]))
attempt(lambda: b.recvmsg(10))
attempt(lambda: a.sendmsg([b"x"], 1))
attempt(lambda: a.sendmsg([b"x"], [1]))
attempt(lambda: a.sendmsg([b"x"], [(1, 2)]))
attempt(lambda: a.sendmsg([b"x"], [], 0, None))
attempt(lambda: b.recvmsg(10, -1))
attempt(lambda: b.recvmsg(1))
r, w = posix.pipe()
print(a.sendmsg([b"fd"], [(S.SOL_SOCKET, S.SCM_RIGHTS, array.array("i", [r]))]))
data, ancillary, flags, address = b.recvmsg(10, S.CMSG_SPACE(4))
print(data, [(level, kind, len(d)) for level, kind, d in ancillary], flags, address)
passed = array.array("i", ancillary[0][2])[0]
posix.write(w, b"through the passed descriptor")
print(posix.read(passed, 100))
posix.close(passed)
attempt(lambda: b.recvmsg())
attempt(lambda: b.recvmsg(-1))
attempt(lambda: b.recvmsg_into(1))
attempt(lambda: b.recvmsg_into([b"x"]))
attempt(lambda: b.recvmsg(1, flags=0))
a.sendmsg([b"hello"])
buffers = [bytearray(2), bytearray(10)]
print(b.recvmsg_into(buffers), buffers)
attempt(lambda: a.sendmsg([b"x"], [], 0, "addr"))
a.send(b"zz")
b.setblocking(False)
attempt(lambda: b.recvmsg(1))
attempt(lambda: b.recvmsg(5))
attempt(lambda: b.recvmsg(5))
b.setblocking(True)
# Two descriptors into room for one: the kernel truncates and says so.
a.sendmsg([b"two"], [(S.SOL_SOCKET, S.SCM_RIGHTS, array.array("i", [r, w]))])
data, ancillary, flags, address = b.recvmsg(10, S.CMSG_SPACE(4))
print(data, [(level, kind, len(d)) for level, kind, d in ancillary], flags & S.MSG_CTRUNC != 0)
for level, kind, d in ancillary:
    for fd in array.array("i", d):
        posix.close(fd)
u = S.socket(S.AF_INET, S.SOCK_DGRAM)
u.bind(("127.0.0.1", 0))
v = S.socket(S.AF_INET, S.SOCK_DGRAM)
print(v.sendmsg([b"dgram", b"!"], [], 0, u.getsockname()))
data, ancillary, flags, address = u.recvmsg(100)
print(data, ancillary, flags, address == v.getsockname())
for s in (a, b, u, v):
    s.close()
posix.close(r)
posix.close(w)
print(S.socket.sendmsg.__doc__.splitlines()[0])
