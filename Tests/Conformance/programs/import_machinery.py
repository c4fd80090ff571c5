# importlib's machinery: specs, loaders, user finders on sys.meta_path, path hooks,
# reload, import_module, spec_from_file_location, None in sys.modules, bytecode cache
import sys, os, importlib, importlib.util, importlib.machinery

import support.shapes as shapes
spec = shapes.__spec__
print(spec.name, spec.parent, type(spec.loader).__name__, spec.origin.endswith("shapes.py"))
print(type(shapes.__loader__).__name__, shapes.__package__, shapes.__cached__ is not None)
print(importlib.util.find_spec("support").submodule_search_locations is not None)
print(importlib.util.find_spec("no_such_thing_here"))

sys.modules["blocked"] = None
try:
    import blocked
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
del sys.modules["blocked"]

class Loader:
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        module.answer = 42
        module.origin = module.__spec__.origin

class Finder:
    def find_spec(self, name, path, target=None):
        if name.startswith("virtual_"):
            return importlib.machinery.ModuleSpec(name, Loader(), origin="<virtual>")
        return None

sys.meta_path.insert(0, Finder())
import virtual_one
print(virtual_one.answer, virtual_one.origin, virtual_one.__name__)
from virtual_two import answer
print(answer)
m = importlib.import_module("virtual_three")
print(m.answer, "virtual_three" in sys.modules)

d = "/tmp/krait-import-machinery-%d" % os.getpid()
os.mkdir(d)
try:
    path = os.path.join(d, "counter_mod.py")
    with open(path, "w") as f:
        f.write("hits = globals().get('hits', 0) + 1\n")
    sys.path.insert(0, d)
    sys.dont_write_bytecode = False
    import counter_mod
    print(counter_mod.hits)
    importlib.reload(counter_mod)
    print(counter_mod.hits)
    print(sorted(os.listdir(d)))
    cache = os.listdir(os.path.join(d, "__pycache__"))
    print(len(cache), cache[0].startswith("counter_mod.") and cache[0].endswith(".pyc"))

    other = os.path.join(d, "elsewhere.py")
    with open(other, "w") as f:
        f.write("def double(x):\n    return 2 * x\n")
    s = importlib.util.spec_from_file_location("renamed", other)
    mod = importlib.util.module_from_spec(s)
    s.loader.exec_module(mod)
    print(mod.__name__, mod.double(21), "renamed" in sys.modules)

    os.mkdir(os.path.join(d, "nspkg"))
    with open(os.path.join(d, "nspkg", "leaf.py"), "w") as f:
        f.write("value = 'namespace leaf'\n")
    import nspkg.leaf
    print(nspkg.leaf.value, nspkg.__file__ if hasattr(nspkg, "__file__") else None)
    print(type(nspkg.__path__).__name__, nspkg.__spec__.origin)
    sys.path.remove(d)
finally:
    for root, dirs, files in os.walk(d, topdown=False):
        for name in files:
            os.remove(os.path.join(root, name))
        os.rmdir(root)

class Hook:
    def __init__(self, entry):
        if entry != "<hooked>":
            raise ImportError
    def find_spec(self, name, target=None):
        if name == "hooked_mod":
            return importlib.util.spec_from_loader(name, Loader())
        return None

sys.path_hooks.insert(0, Hook)
sys.path.append("<hooked>")
import hooked_mod
print(hooked_mod.answer, type(sys.path_importer_cache["<hooked>"]).__name__)
