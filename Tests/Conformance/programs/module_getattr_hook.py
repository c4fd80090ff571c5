# PEP 562: a module's __getattr__ and __dir__, and the messages of missing module attributes
import support.lazy as lazy
print(lazy.late, lazy.late, lazy.calls)
print(lazy.computed_size, getattr(lazy, "computed_q"), hasattr(lazy, "nothing"))
from support.lazy import computed_name
print(computed_name, lazy.calls)
print(dir(lazy))
try:
    from support.lazy import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    lazy.nothing
except AttributeError as e:
    print(e, e.name, e.obj is lazy)

import types
plain = types.ModuleType("plain")
try:
    plain.absent
except AttributeError as e:
    print(e, e.name)
half = types.ModuleType("half")
half.__spec__ = types.SimpleNamespace(_initializing=True)
try:
    half.absent
except AttributeError as e:
    print(e)
nameless = types.ModuleType("nameless")
nameless.__dict__["__name__"] = 3
try:
    nameless.absent
except AttributeError as e:
    print(e)
del nameless.__dict__["__name__"]
try:
    nameless.absent
except AttributeError as e:
    print(e)
plain.__getattr__ = lambda name: f"hooked {name}"
print(plain.anything)
