# _socket datagrams over loopback, socketpair, and AF_UNIX addresses.
import _socket as S
import posix


def attempt(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


u = S.socket(S.AF_INET, S.SOCK_DGRAM)
u.bind(("127.0.0.1", 0))
where = u.getsockname()
v = S.socket(S.AF_INET, S.SOCK_DGRAM)
print(v.sendto(b"ping", where), v.sendto(b"flagged", 0, where))
data, sender = u.recvfrom(100)
print(data, sender[0], sender == v.getsockname())
buf = bytearray(4)
print(u.recvfrom_into(buf)[0], buf)
print(u.sendto(b"pong", sender), v.recv(100))
v.connect(where)
print(v.send(b"connected"), u.recv(100))
attempt(lambda: u.recvfrom_into(bytearray(2), 5))
attempt(lambda: u.recvfrom(-1))
attempt(lambda: u.sendto(b"x"))
attempt(lambda: u.sendto(b"x", 1, 2, 3))
attempt(lambda: u.sendto(b"x", ("127.0.0.1", "a")))
attempt(lambda: u.sendto("x", where))
attempt(lambda: u.sendto(b"x", flags=0))
u.setblocking(False)
attempt(lambda: u.recvfrom(10))
u.close()
v.close()

# socketpair: AF_UNIX stream sockets by default.
a, b = S.socketpair()
print(a.family, a.type, b.family, b.type, a.getsockname(), b.getpeername())
a.sendall(b"over the pair")
print(b.recv(4), b.recv(100))
print(b.recvfrom(1) if False else "skip")
a.close()
print(b.recv(10))
b.close()
a, b = S.socketpair(S.AF_UNIX, S.SOCK_DGRAM)
a.send(b"one")
a.send(b"two")
print(b.recv(10), b.recvfrom(10))
a.close()
b.close()
attempt(lambda: S.socketpair(S.AF_INET))
attempt(lambda: S.socketpair(1, 2, 3, 4))

# AF_UNIX: a path in the file system and an abstract name.
path = "/tmp/krait_socket_test_%d" % posix.getpid()
server = S.socket(S.AF_UNIX, S.SOCK_STREAM)
server.bind(path)
server.listen()
print(server.getsockname() == path)
client = S.socket(S.AF_UNIX)
client.connect(path)
fd, peer = server._accept()
conn = S.socket(fileno=fd)
print(repr(peer), conn.getsockname() == path, client.getpeername() == path)
client.sendall(b"unix data")
print(conn.recv(100))
for s in (client, conn, server):
    s.close()
posix.unlink(path)
abstract = S.socket(S.AF_UNIX, S.SOCK_DGRAM)
abstract.bind(b"\0krait-abstract-%d" % posix.getpid())
name = abstract.getsockname()
print(type(name).__name__, name.startswith(b"\0krait-abstract-"))
sender = S.socket(S.AF_UNIX, S.SOCK_DGRAM)
sender.sendto(b"to abstract", name)
print(abstract.recvfrom(100))
auto = S.socket(S.AF_UNIX, S.SOCK_DGRAM)
auto.bind("")
print(type(auto.getsockname()).__name__, len(auto.getsockname()))
for s in (abstract, sender, auto):
    s.close()
u = S.socket(S.AF_UNIX)
attempt(lambda: u.bind(1))
attempt(lambda: u.bind("/" * 200))
attempt(lambda: u.connect("/nonexistent/socket/path"))
print(u.getsockname())
u.close()

# IPv6 addresses.
s6 = S.socket(S.AF_INET6, S.SOCK_DGRAM)
attempt(lambda: s6.bind(("::1", 0, 1 << 30)))
attempt(lambda: s6.bind(("::1",)))
attempt(lambda: s6.bind(1))
try:
    s6.bind(("::1", 0))
    h, p, flow, scope = s6.getsockname()
    print(h, p > 0, flow, scope)
except OSError as e:
    print("no ipv6 loopback")
s6.close()
