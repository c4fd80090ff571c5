# gc-stress-interval: 50 (imports threading, os or decimal, whose loading takes minutes when every allocation collects)
# socket.py over the native _socket: loopback TCP and UDP echo, makefile,
# socketpair, create_server/create_connection, enums, and select on sockets.
import selectors
import socket

srv = socket.create_server(("127.0.0.1", 0))
print(srv.family, srv.type, repr(srv.family), repr(srv.type), srv.proto)
host, port = srv.getsockname()
cli = socket.create_connection((host, port), timeout=5)
conn, addr = srv.accept()
print(type(conn).__name__, addr[0], conn.gettimeout(), cli.gettimeout(), conn.getblocking())

cli.sendall(b"hello world")
print(conn.recv(100))
conn.sendall(b"y" * 300000)
total = 0
while total < 300000:
    total += len(cli.recv(65536))
print(total)

reader = cli.makefile("rb")
writer = conn.makefile("wb", buffering=0)
writer.write(b"first line\nsecond line\n")
print(reader.readline(), reader.readline())
text = cli.makefile("r", encoding="utf-8", newline="")
conn.sendall("caf\u00e9\r\n".encode())
print(repr(text.readline()))
for f in (reader, writer, text):
    f.close()

sel = selectors.DefaultSelector()
sel.register(conn, selectors.EVENT_READ, data="conn")
print(sel.select(timeout=0))
cli.sendall(b"ping")
events = sel.select(timeout=1)
print([(key.data, mask) for key, mask in events], conn.recv(4))
sel.close()

conn.settimeout(0.05)
try:
    conn.recv(1)
except socket.timeout as e:
    print("timeout:", e, isinstance(e, TimeoutError))
cli.close()
print(conn.recv(10))
conn.close()
srv.close()
print(srv, cli.fileno())

udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
udp.bind(("127.0.0.1", 0))
peer = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
peer.sendto(b"ping", udp.getsockname())
data, sender = udp.recvfrom(100)
udp.sendto(data.upper(), sender)
print(data, peer.recvfrom(100)[0], sender == peer.getsockname())
udp.close()
peer.close()

a, b = socket.socketpair()
with a, b:
    a.sendall(b"pair")
    print(b.recv(10), a.family, b.type, type(a).__name__)
    fds = [a.fileno()]
    print(socket.send_fds(a, [b"fd"], fds), socket.recv_fds(b, 10, 1)[0])
print(a._closed, b._closed)

print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.inet_aton("192.168.0.1"), socket.inet_ntoa(b"\x0a\x00\x00\x01"), socket.htons(80))
print(socket.AddressFamily.AF_INET6, socket.SocketKind.SOCK_DGRAM, socket.has_ipv6)
print(socket.getfqdn("127.0.0.1") != "", isinstance(socket.gethostname(), str))
with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    s.listen()
    dup = s.dup()
    print(dup.getsockname() == s.getsockname(), dup.family)
    dup.close()
try:
    socket.create_connection(("127.0.0.1", port), timeout=1)
except ConnectionRefusedError as e:
    print("refused", e.errno)
