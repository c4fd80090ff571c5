# Python signal handlers: run on the main thread right after posix.kill, raise_signal and
# pthread_kill return, with the signal number and the interrupted frame; replaced and
# ignored actions; blocked signals pending until unblocked; sigwait and friends; the
# wakeup fd; handler exceptions propagating to the code that was interrupted.
import _signal
import _thread
import posix

received = []

def handler(signum, frame):
    received.append((signum, frame.f_code.co_name, frame.f_lineno))

def interrupted():
    posix.kill(posix.getpid(), _signal.SIGUSR1)
    return "back"

print(_signal.signal(_signal.SIGUSR1, handler))
print(interrupted(), received)
_signal.raise_signal(_signal.SIGUSR1)
_signal.pthread_kill(_thread.get_ident(), _signal.SIGUSR1)
print(received[1:])
print(_signal.getsignal(_signal.SIGUSR1) is handler)

# The previous action comes back from each change.
print(_signal.signal(_signal.SIGUSR1, _signal.SIG_IGN) is handler)
posix.kill(posix.getpid(), _signal.SIGUSR1)
print("ignored", len(received), _signal.getsignal(_signal.SIGUSR1))
print(_signal.signal(_signal.SIGUSR1, handler))

class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self, signum, frame):
        self.calls += 1
counter = Counter()
_signal.signal(_signal.SIGUSR2, counter)
for i in range(5):
    _signal.raise_signal(_signal.SIGUSR2)
print("callable object", counter.calls)

# A blocked signal waits; unblocking delivers it inside pthread_sigmask.
old = _signal.pthread_sigmask(_signal.SIG_BLOCK, [_signal.SIGUSR1])
print("blocked before", _signal.SIGUSR1 in old)
posix.kill(posix.getpid(), _signal.SIGUSR1)
count = len(received)
print("pending", _signal.sigpending(), len(received) == count)
print("unblock", sorted(_signal.pthread_sigmask(_signal.SIG_UNBLOCK, [_signal.SIGUSR1]) & {_signal.SIGUSR1, _signal.SIGUSR2}))
print("delivered", len(received) == count + 1, received[-1][:2], _signal.sigpending())
print("mask now", _signal.SIGUSR1 in _signal.pthread_sigmask(_signal.SIG_BLOCK, []))

# Waiting for a blocked signal takes it without the handler.
_signal.pthread_sigmask(_signal.SIG_BLOCK, [_signal.SIGUSR2])
posix.kill(posix.getpid(), _signal.SIGUSR2)
print("sigwait", _signal.sigwait([_signal.SIGUSR2]), counter.calls)
posix.kill(posix.getpid(), _signal.SIGUSR2)
info = _signal.sigwaitinfo([_signal.SIGUSR2])
print("sigwaitinfo", info.si_signo, info.si_code, info.si_pid == posix.getpid(), info.si_uid == posix.getuid(), len(info), type(info).__name__)
_signal.raise_signal(_signal.SIGUSR2)
info = _signal.sigtimedwait([_signal.SIGUSR2], 1)
print("sigtimedwait", info.si_signo, info.si_code, info[0])
print("timed out", _signal.sigtimedwait([_signal.SIGUSR2], 0.001))
_signal.pthread_sigmask(_signal.SIG_SETMASK, [])
print("mask cleared", _signal.pthread_sigmask(_signal.SIG_BLOCK, []))

# The wakeup fd gets each signal's number as a byte.
r, w = posix.pipe()
posix.set_blocking(w, False)
print("wakeup", _signal.set_wakeup_fd(w), posix.get_blocking(w), posix.get_blocking(r))
_signal.raise_signal(_signal.SIGUSR1)
_signal.raise_signal(_signal.SIGUSR2)
print("wakeup bytes", list(posix.read(r, 10)))
print("wakeup reset", _signal.set_wakeup_fd(-1) == w, _signal.set_wakeup_fd(-1))
posix.close(r)
posix.close(w)

# A handler's exception comes out of the call that was interrupted.
def failing(signum, frame):
    raise ValueError("from handler %d" % signum)
_signal.signal(_signal.SIGUSR1, failing)
try:
    interrupted()
except ValueError as e:
    print("raised", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)
try:
    _signal.raise_signal(_signal.SIGUSR1)
except ValueError as e:
    print("raised again", e)

# A handler that replaces itself.
def once(signum, frame):
    print("once", signum)
    _signal.signal(signum, _signal.SIG_DFL)
_signal.signal(_signal.SIGUSR2, once)
_signal.raise_signal(_signal.SIGUSR2)
print("after once", _signal.getsignal(_signal.SIGUSR2))
_signal.signal(_signal.SIGUSR1, _signal.SIG_DFL)
