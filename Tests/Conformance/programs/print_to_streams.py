# print() writes to whatever sys.stdout is, piece by piece for Python file objects
import sys
class Capture:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
old = sys.stdout
sys.stdout = c = Capture()
print("hidden", 1, sep="-")
sys.stdout = old
print(c.parts)
sys.stdout = None
print("nothing")
sys.stdout = old
print("back", file=sys.stderr)
print("done")
