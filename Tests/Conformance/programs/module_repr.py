# repr(module) as importlib's _module_repr: from the spec, the loader's module_repr, __file__ or the loader.
import sys, types, pyexpat, importlib.util
print(sys, types.ModuleType("x"))
m = types.ModuleType("y"); m.__file__ = "/f"; print(m)
m.__loader__ = 5; del m.__file__; print(m)
class L:
    def __repr__(self): return "L!"
spec = importlib.util.spec_from_loader("z", L())
m = importlib.util.module_from_spec(spec); print(m)
spec.origin = "here"; print(m)
spec.has_location = True; print(m)
m.__spec__ = None; print(m)
import xml, xml.parsers
print(xml, pyexpat.errors, pyexpat.model)
class LL:
    def module_repr(self, m): return "custom"
m = types.ModuleType("q"); m.__loader__ = LL(); print(m)
