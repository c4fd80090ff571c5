# sys.exit with codes and messages, and an exception with no message; status and stderr
import sys
print("exiting")
sys.stdout.flush()
try:
    sys.exit(3)
except SystemExit as e:
    print("caught SystemExit", repr(e), e.args)
try:
    raise SystemExit("message")
except SystemExit as e:
    print("args", e.args)
sys.exit("fatal: goodbye")
