# signal.py over _signal: the Signals, Handlers and Sigmasks enums and the wrappers
# that convert to and from them.
# gc-stress-interval: 50 (imports signal, whose enum takes many minutes to load when every allocation collects)
import signal

print(signal.Signals.SIGINT, repr(signal.Signals.SIGTERM), signal.Signals(10).name, len(signal.Signals))
print(repr(signal.Handlers.SIG_IGN), repr(signal.Sigmasks.SIG_SETMASK))
print(repr(signal.getsignal(signal.SIGPIPE)), repr(signal.getsignal(signal.SIGCHLD)), signal.getsignal(signal.SIGINT))
print(signal.SIGABRT is signal.SIGIOT, signal.SIGIOT.name, signal.SIGCHLD.name, signal.SIGRTMAX.name)
def handler(signum, frame):
    print("handled", repr(signum), type(signum).__name__)
print(repr(signal.signal(signal.SIGUSR1, handler)))
signal.raise_signal(signal.SIGUSR1)
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)) == repr(handler))
print(sorted(signal.valid_signals())[:4], len(signal.valid_signals()))
print(repr(sorted(signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR2]))))
print(repr(sorted(signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR2]))))
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR2])
signal.raise_signal(signal.SIGUSR2)
print(repr(signal.sigpending()), repr(signal.sigwait([signal.SIGUSR2])))
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR2])
print(signal.strsignal(signal.SIGSEGV), signal.pthread_sigmask.__doc__.splitlines()[0])
