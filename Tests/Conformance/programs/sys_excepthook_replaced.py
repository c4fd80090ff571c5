# A replacement hook prints instead of the default; the exit status stays 1.
import sys
def hook(kind, value, tb):
    print("handled by hook:", kind.__name__, value)
sys.excepthook = hook
raise ValueError("bad")
