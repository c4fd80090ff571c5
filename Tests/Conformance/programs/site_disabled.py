# Under -S (how the conformance harness runs programs without the site marker) nothing
# of site's is there.
import builtins, sys

print("no_site flag:", sys.flags.no_site, "site imported:", "site" in sys.modules)
print("exit/quit/help defined:", [hasattr(builtins, n) for n in ("exit", "quit", "help", "copyright")])
print("site-packages on sys.path:", any(p.endswith("site-packages") for p in sys.path))
print("interactive hook:", hasattr(sys, "__interactivehook__"))
