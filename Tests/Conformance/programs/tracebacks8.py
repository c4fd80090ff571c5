# exit status 2 through sys.exit(2) after output on stderr
import sys
print("to stdout")
print("to stderr", file=sys.stderr)
sys.stderr.write("written\n")
sys.exit(2)
