# resource: limits, usage, the struct sequence and the errors; posix's wait
# status helpers.
import posix
import resource


def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


print([(n, getattr(resource, n)) for n in sorted(dir(resource)) if n.isupper()])
print(resource.error is OSError, resource.__doc__, resource.getpagesize() % 4096)
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(type(soft).__name__, soft <= hard or hard == -1, resource.prlimit(0, resource.RLIMIT_NOFILE) == (soft, hard))
core = resource.getrlimit(resource.RLIMIT_CORE)
resource.setrlimit(resource.RLIMIT_CORE, (0, core[1]))
print(resource.getrlimit(resource.RLIMIT_CORE)[0])
print(resource.prlimit(0, resource.RLIMIT_CORE, core)[0], resource.getrlimit(resource.RLIMIT_CORE) == core)
resource.setrlimit(resource.RLIMIT_CORE, list(core))
attempt(lambda: resource.getrlimit(99))
attempt(lambda: resource.getrlimit(-1))
attempt(lambda: resource.getrlimit("x"))
attempt(lambda: resource.getrlimit(1 << 40))
attempt(lambda: resource.getrlimit())
attempt(lambda: resource.setrlimit(99, (1, 1)))
attempt(lambda: resource.setrlimit(resource.RLIMIT_NOFILE, 5))
attempt(lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (1,)))
attempt(lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (1 << 70, 1)))
attempt(lambda: resource.setrlimit(resource.RLIMIT_NOFILE, ("a", "b")))
attempt(lambda: resource.setrlimit(resource.RLIMIT_CORE, (10 ** 9, 5)))
attempt(lambda: resource.setrlimit(0))
attempt(lambda: resource.setrlimit(0, (1, 1), 2))
attempt(lambda: resource.setrlimit(limits=1, resource=0))
attempt(lambda: resource.prlimit(0))
attempt(lambda: resource.prlimit("x", 0))
attempt(lambda: resource.prlimit(1 << 40, 0))
attempt(lambda: resource.prlimit(0, 99))
attempt(lambda: resource.getpagesize(1))

usage = resource.getrusage(resource.RUSAGE_SELF)
print(type(usage).__name__, len(usage), type(usage.ru_utime).__name__, type(usage.ru_maxrss).__name__, usage.ru_maxrss > 0)
print(type(resource.getrusage(resource.RUSAGE_CHILDREN)).__name__, type(resource.getrusage(resource.RUSAGE_THREAD)).__name__)
attempt(lambda: resource.getrusage(5))
attempt(lambda: resource.getrusage())
print(resource.struct_rusage((1,) * 16))
print(resource.struct_rusage.ru_nvcsw.__doc__, resource.struct_rusage.__doc__.splitlines()[0])

# Wait statuses, as waitpid reports them.
for status in (0, 3 << 8, 9, 0x7F | (19 << 8), 0xFFFF, 0x80 | 11):
    print(status, posix.WIFEXITED(status), posix.WEXITSTATUS(status), posix.WIFSIGNALED(status), posix.WTERMSIG(status),
          posix.WIFSTOPPED(status), posix.WSTOPSIG(status), posix.WIFCONTINUED(status), posix.WCOREDUMP(status))
    attempt(lambda: posix.waitstatus_to_exitcode(status))
attempt(lambda: posix.waitstatus_to_exitcode(status=1 << 40))
attempt(lambda: posix.WIFEXITED("x"))
attempt(lambda: posix.waitpid(-1, 0))
attempt(lambda: posix.waitpid(1))
attempt(lambda: posix.wait())
# getsid(0) is 0 when the session leader lives in another PID namespace (containers).
print(posix.getpgid(0) == posix.getpgrp(), posix.getsid(0) == posix.getsid(posix.getpid()) >= 0)
attempt(lambda: posix.killpg(999999, 0))
attempt(lambda: posix.getpgid(999999))
r, w = posix.pipe2(posix.O_CLOEXEC | posix.O_NONBLOCK)
print(posix.get_blocking(r), posix.get_inheritable(r))
posix.set_blocking(r, True)
print(posix.get_blocking(r))
attempt(lambda: posix.read(r, 1) if posix.set_blocking(r, False) is None else None)
attempt(lambda: posix.set_blocking(99, True))
attempt(lambda: posix.pipe2())
posix.close(r)
posix.close(w)
