# importing a package, a submodule, names from it, star imports and import errors
import support
import support.shapes
from support.shapes import Square, PI_ISH as pi
from support import shapes as sh
print(support.loaded, support.shapes.PI_ISH, pi, Square(4).area(), sh is support.shapes)
print(support.__name__, sh.__name__, support.__doc__, sh.__package__)
from support.shapes import *
print(Square(2).area(), "_private" in dir())
import sys
print("support.shapes" in sys.modules, sys.modules["support"] is support)
try:
    import no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from support import missing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
