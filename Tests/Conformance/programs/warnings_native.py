# The C-level warnings module, _warnings: default filters, actions, registries, and the
# "file:line: Category: message" lines it writes to sys.stderr.
import _warnings

print(_warnings.filters)
print(_warnings._defaultaction, _warnings._onceregistry)

_warnings.warn("shown once per line (default action)")
for i in range(3):
    _warnings.warn("in a loop: shown once")
_warnings.warn("deprecated in __main__", DeprecationWarning)
_warnings.warn("pending is ignored", PendingDeprecationWarning)

def helper():
    _warnings.warn("attributed to the caller", RuntimeWarning, stacklevel=2)

helper()
_warnings.warn_explicit("explicit", UserWarning, "elsewhere.py", 7)
_warnings.warn_explicit("module None: ignored", UserWarning, "elsewhere.py", 7, None)
_warnings.warn_explicit("deprecation elsewhere: ignored", DeprecationWarning, "elsewhere.py", 8)

class Custom(UserWarning):
    pass

_warnings.warn(Custom("an instance carries its category"))

_warnings.filters.insert(0, ("error", None, UserWarning, None, 0))
_warnings._filters_mutated()
try:
    _warnings.warn("now an error")
except UserWarning as e:
    print("raised", repr(e))
del _warnings.filters[0]

_warnings.filters.insert(0, ("always", None, Warning, None, 0))
_warnings._filters_mutated()
for i in range(2):
    _warnings.warn("always: every time")
del _warnings.filters[0]

_warnings.filters.insert(0, ("once", None, Warning, None, 0))
_warnings._filters_mutated()
for text in ("once", "once", "other"):
    _warnings.warn(text)
del _warnings.filters[0]

_warnings.filters.insert(0, ("ignore", "exact text", Warning, None, 0))
_warnings._filters_mutated()
_warnings.warn("exact text")
_warnings.warn("other text")
del _warnings.filters[0]

_warnings.filters.insert(0, ("error", None, Warning, None, 99))
_warnings._filters_mutated()
_warnings.warn("not line 99")
del _warnings.filters[0]

_warnings.filters.insert(0, ("bogus", None, Warning, None, 0))
_warnings._filters_mutated()
try:
    _warnings.warn("x")
except RuntimeError as e:
    print(e)
del _warnings.filters[0]

for bad in (5, int, "text"):
    try:
        _warnings.warn("x", bad)
    except TypeError as e:
        print("TypeError", e)
try:
    _warnings.warn_explicit("x", UserWarning, "f.py", 1, registry=5)
except TypeError as e:
    print("TypeError", e)

registry = {}
_warnings.warn_explicit("with a registry", UserWarning, "f.py", 2, "m", registry)
_warnings.warn_explicit("with a registry", UserWarning, "f.py", 2, "m", registry)
print(sorted(registry.items(), key=repr))
print(sorted((k for k in __warningregistry__ if k != "version"), key=repr))

class Stream:
    def write(self, text):
        print("stream got", repr(text))

import sys
saved, sys.stderr = sys.stderr, Stream()
_warnings.warn("to a replaced sys.stderr")
sys.stderr = saved
