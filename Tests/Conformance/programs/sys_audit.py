# sys.audit and sys.addaudithook: hooks see events raised from Python, vetoes
import sys
seen = []
sys.addaudithook(lambda e, a: seen.append((e, a)) if e.startswith("my.") else None)
sys.audit("my.event", 1, "x")
sys.audit("other")
print(seen)
try: sys.audit(3)
except TypeError as e: print(e)
try: sys.audit()
except TypeError as e: print(e)
def veto(e, a):
    if e == "sys.addaudithook": raise RuntimeError("no")
sys.addaudithook(veto)
print(sys.addaudithook(print))
