# gc-stress-interval: 50 (imports threading, os or decimal, whose loading takes minutes when every allocation collects)
# Blocking socket and select calls give the GIL up: a server thread echoes
# while the main thread waits, and select wakes when another thread writes.
import _socket as S
import posix
import select
import threading
import time

srv = S.socket(); srv.bind(('127.0.0.1', 0)); srv.listen()
port = srv.getsockname()[1]
def serve():
    fd, _ = srv._accept()
    c = S.socket(fileno=fd)
    while True:
        data = c.recv(1024)
        if not data: break
        c.sendall(data.upper())
    c.close()
th = threading.Thread(target=serve); th.start()
cli = S.socket(); cli.connect(('127.0.0.1', port))
for word in [b'alpha', b'beta', b'gamma']:
    cli.sendall(word); print(cli.recv(100))
cli.close(); th.join(); srv.close()
r, w = posix.pipe()
def later():
    time.sleep(0.05); posix.write(w, b'x')
th = threading.Thread(target=later); th.start()
print(select.select([r], [], [], 5)[0] == [r]); th.join()
