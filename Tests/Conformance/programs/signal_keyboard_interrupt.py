# SIGINT raises KeyboardInterrupt through default_int_handler, installed at start-up;
# SIG_IGN silences it; an uncaught KeyboardInterrupt ends the program by SIGINT.
import _signal

print(_signal.getsignal(_signal.SIGINT))
try:
    _signal.raise_signal(_signal.SIGINT)
except KeyboardInterrupt as e:
    print("caught", repr(e), e.args)
try:
    _signal.default_int_handler(_signal.SIGINT, None)
except KeyboardInterrupt as e:
    print("direct", repr(e))

previous = _signal.signal(_signal.SIGINT, _signal.SIG_IGN)
_signal.raise_signal(_signal.SIGINT)
print("ignored", previous is _signal.default_int_handler)
_signal.signal(_signal.SIGINT, previous)

def loop():
    for i in range(10):
        if i == 3:
            _signal.raise_signal(_signal.SIGINT)
    return i

try:
    loop()
except KeyboardInterrupt:
    print("interrupted loop")
print("finally")
try:
    _signal.raise_signal(_signal.SIGINT)
finally:
    print("cleanup runs")
