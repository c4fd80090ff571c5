# Timers: alarm and setitimer deliver SIGALRM/SIGVTALRM/SIGPROF; a handler's exception
# stops a running loop; time.sleep carries on after a handler that returns (PEP 475)
# and stops at one that raises.
import _signal
import time

ticks = []
def tick(signum, frame):
    ticks.append(signum)

class Stop(Exception):
    pass
def stop(signum, frame):
    raise Stop(signum)

_signal.signal(_signal.SIGALRM, stop)
print(_signal.setitimer(_signal.ITIMER_REAL, 0.3))
value, interval = _signal.getitimer(_signal.ITIMER_REAL)
print("running", 0 < value <= 0.3, interval)
start = time.monotonic()
try:
    n = 0
    while True:
        n += 1
except Stop as e:
    print("stopped loop", e, time.monotonic() - start < 5)
print("cleared", _signal.getitimer(_signal.ITIMER_REAL))

# A repeating timer, cancelled by setting zero.
_signal.signal(_signal.SIGALRM, tick)
_signal.setitimer(_signal.ITIMER_REAL, 0.01, 0.01)
while len(ticks) < 3:
    pass
old = _signal.setitimer(_signal.ITIMER_REAL, 0)
print("repeating", ticks[:3], old[1])

# sleep resumes after a handler that returns, and stops at one that raises.
del ticks[:]
_signal.setitimer(_signal.ITIMER_REAL, 0.05)
start = time.monotonic()
time.sleep(0.3)
elapsed = time.monotonic() - start
print("slept through", ticks, elapsed >= 0.29)
_signal.signal(_signal.SIGALRM, stop)
_signal.setitimer(_signal.ITIMER_REAL, 0.05)
start = time.monotonic()
try:
    time.sleep(10)
except Stop as e:
    print("sleep stopped", e, time.monotonic() - start < 5)

# alarm's whole seconds.
print("alarm", _signal.alarm(5), 3 <= _signal.alarm(0) <= 5, _signal.alarm(0))

# CPU-time timers fire while the process computes.
for which, signum in ((_signal.ITIMER_VIRTUAL, _signal.SIGVTALRM), (_signal.ITIMER_PROF, _signal.SIGPROF)):
    _signal.signal(signum, stop)
    _signal.setitimer(which, 0.02)
    try:
        while True:
            pass
    except Stop as e:
        print("cpu timer", which, e.args[0] == signum)
    _signal.signal(signum, _signal.SIG_DFL)

# Reads interrupted by a signal are retried after a handler that returns, and end at
# one that raises.
import posix
r, w = posix.pipe()
def feed(signum, frame):
    posix.write(w, b"fed")
_signal.signal(_signal.SIGALRM, feed)
_signal.setitimer(_signal.ITIMER_REAL, 0.05)
print("read retried", posix.read(r, 10))
_signal.setitimer(_signal.ITIMER_REAL, 0.05)
with open(r, "rb", buffering=0, closefd=False) as f:
    print("file read retried", f.read(10))
_signal.signal(_signal.SIGALRM, stop)
_signal.setitimer(_signal.ITIMER_REAL, 0.05)
try:
    posix.read(r, 10)
except Stop as e:
    print("read stopped", e)
posix.close(r)
posix.close(w)

# pause() returns once a handler has run.
_signal.signal(_signal.SIGALRM, tick)
del ticks[:]
_signal.setitimer(_signal.ITIMER_REAL, 0.5)
print("pause", _signal.pause(), ticks)
_signal.signal(_signal.SIGALRM, _signal.SIG_DFL)
