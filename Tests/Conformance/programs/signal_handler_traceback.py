# An exception from a signal handler that nobody catches: the traceback runs through
# the line that was interrupted and the handler's frame.
import _signal
import posix

def handler(signum, frame):
    raise RuntimeError("handler for %d" % signum)

def work():
    total = 0
    for i in range(3):
        total += i
    posix.kill(posix.getpid(), _signal.SIGUSR1)
    return total

_signal.signal(_signal.SIGUSR1, handler)
print("start")
work()
print("not reached")
