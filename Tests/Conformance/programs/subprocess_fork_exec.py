# _posixsubprocess.fork_exec: its argument checks, and children with pipes,
# a PATH-like search, cwd, env, kept descriptors, preexec_fn, setsid, umask
# and the error reports subprocess.py reads from the error pipe.
import _posixsubprocess as P
import posix


def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
r,w=posix.pipe()
base=lambda **kw: [kw.get('args',[b'/bin/true']), kw.get('exe',(b'/bin/true',)), kw.get('close',True), kw.get('keep',(w,)), None, None, -1,-1,-1,-1,-1,-1, r, kw.get('ew',w), True, False, -1, None, None, None, -1, None, True]
t(lambda: P.fork_exec())
t(lambda: P.fork_exec(*base(keep=[w])))
t(lambda: P.fork_exec(*base(keep=(w, 1))))
t(lambda: P.fork_exec(*base(keep=('x',))))
t(lambda: P.fork_exec(*base(exe=('x',))))
t(lambda: P.fork_exec(*base(exe=1)))
t(lambda: P.fork_exec(*base(args=1)))
t(lambda: P.fork_exec(*base(args=[1])))
t(lambda: P.fork_exec(*base(args=['a\0b'])))
t(lambda: P.fork_exec(*base(ew=1)))
a=base(); a[17]='x'; t(lambda: P.fork_exec(*a))
a=base(); a[18]=(1,); t(lambda: P.fork_exec(*a))
a=base(); a[18]=['x']; t(lambda: P.fork_exec(*a))
a=base(); a[4]=1; t(lambda: P.fork_exec(*a))
a=base(); a[5]=['x']; t(lambda: P.fork_exec(*a))
a=base(); a[6]='x'; t(lambda: P.fork_exec(*a))
t(lambda: P.fork_exec(*base()[:22]))
t(lambda: P.fork_exec(*base(), 1))
print(P.__doc__, P.fork_exec.__doc__[:40])

def run(args, exe, cwd=None, env=None, stdin_data=None, preexec=None, keep=(), close=True, setsid=False, umask=-1):
    er, ew = posix.pipe()
    while ew < 3: ew = posix.dup(ew)
    ir, iw = posix.pipe(); orr, ow = posix.pipe(); xr, xw = posix.pipe()
    pid = P.fork_exec(args, exe, close, tuple(sorted(set(keep) | {ew})), cwd, env, ir, iw, orr, ow, xr, xw, er, ew, True, setsid, -1, None, None, None, umask, preexec, True)
    for fd in (ew, ir, ow, xw): posix.close(fd)
    if stdin_data: posix.write(iw, stdin_data)
    posix.close(iw)
    err = b''
    while True:
        part = posix.read(er, 1000)
        if not part: break
        err += part
    posix.close(er)
    out = b''
    while True:
        part = posix.read(orr, 65536)
        if not part: break
        out += part
    errout = posix.read(xr, 1000)
    posix.close(orr); posix.close(xr)
    _, status = posix.waitpid(pid, 0)
    return err, out, errout, posix.waitstatus_to_exitcode(status)

print(run([b'/bin/echo', b'hello', 'world'], (b'/bin/echo',)))
print(run([b'cat'], (b'/nonexistent/cat', b'/bin/cat'), stdin_data=b'piped input'))
print(run([b'/bin/sh', b'-c', b'pwd; echo $FOO; exit 3'], (b'/bin/sh',), cwd='/tmp', env=[b'FOO=bar']))
print(run([b'x'], (b'/nonexistent',)))
print(run([b'/bin/true'], (b'/bin/true',), cwd='/nonexistent'))
print(run([b'/bin/sh', b'-c', b'echo err >&2; kill -9 $$'], (b'/bin/sh',)))
def bad(): raise ValueError
print(run([b'/bin/true'], (b'/bin/true',), preexec=bad))
def good(): posix.write(1, b'from preexec\n')
print(run([b'/bin/echo', b'then exec'], (b'/bin/echo',), preexec=good))
kr, kw = posix.pipe()
print(run([b'/bin/sh', b'-c', b'echo kept >&%d' % kw], (b'/bin/sh',), keep=(kw,)))
posix.close(kw); print(posix.read(kr, 100))
session = b"exec awk '{print ($1 == $6)}' /proc/self/stat"
print(run([b'/bin/sh', b'-c', session], (b'/bin/sh',), setsid=True)[1], run([b'/bin/sh', b'-c', session], (b'/bin/sh',))[1])
print(run([b'/bin/sh', b'-c', b'umask'], (b'/bin/sh',), umask=0o27)[1])
