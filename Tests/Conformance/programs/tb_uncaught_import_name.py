# An uncaught ImportError of a `from` import spanning lines: CPython 3.11 places every
# import instruction at the whole statement, so no carets are printed; the name and path
# of ImportErrors from `from` imports, and the sys.modules fallback for a missing name
import support.shapes
try:
    import support.shapes.deeper
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from support import (shapes,
                         missing_name)
except ImportError as e:
    print(e.name, e.path.endswith("__init__.py"), str(e).split(" (")[0])
import sys
class Fake:
    __name__ = 5
sys.modules["fakemod"] = Fake()
try:
    from fakemod import x
except ImportError as e:
    print(e, "|", e.name, e.path)
pkg = type(sys)("pkgx")
pkg.__file__ = "/nowhere/pkgx.py"
sys.modules["pkgx"] = pkg
sys.modules["pkgx.sub"] = "the submodule, found in sys.modules"
from pkgx import sub
print(sub)
try:
    from pkgx import other
except ImportError as e:
    print(e, "|", e.name, e.path)
pkg.__file__ = 7
try:
    from pkgx import other
except ImportError as e:
    print(e, "|", e.name, e.path)
def load():
    from support import (shapes,
        also_missing)
load()
