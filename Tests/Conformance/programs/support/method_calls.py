"""Calls every method of a builtin type with a fixed set of argument lists and prints
each result or exception, so the method_calls_*.py programs compare CPython's argument
checking and error messages method by method."""

ARGUMENT_LISTS = [(), (None,), (1,), ("x",), (b"x",), ([],), (1, 2), ("x", "y"), (1, 2, 3, 4, 5)]

# Dunders that take arguments; the other dunders are covered by dedicated programs.
DUNDERS = {"__getitem__", "__contains__", "__format__", "__round__", "__mul__", "__add__", "__mod__",
           "__rmod__", "__eq__", "__lt__", "__setitem__", "__delitem__", "__iadd__", "__imul__",
           "__getnewargs__", "__pow__", "__rpow__", "__divmod__", "__and__", "__or__", "__init__",
           "__len__", "__hash__", "__reversed__", "__trunc__", "__index__", "__bool__", "__iter__",
           "__ior__", "__isub__", "__getattribute__", "__setattr__", "__delattr__"}


def definition(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]


def shown(value):
    text = repr(value)
    return type(value).__name__ if " at 0x" in text else text[:80]


def tour(make, identity_hash=False):
    """Each method is reached through its class, as `obj.method(...)` calls it. Objects
    hashed by identity have addresses for hashes, so only the hash's type is shown."""
    cls = type(make())
    for name in sorted(dir(cls)):
        if name.startswith("__") and name not in DUNDERS:
            continue
        is_class_level = type(definition(cls, name)).__name__ in ("classmethod_descriptor", "staticmethod", "classmethod")
        for arguments in ARGUMENT_LISTS:
            obj = make()
            try:
                if is_class_level:
                    result = getattr(cls, name)(*arguments)
                else:
                    result = getattr(cls, name)(obj, *arguments)
                if identity_hash and name == "__hash__":
                    result = type(result)
                print(name, arguments, "->", shown(result))
            except Exception as e:
                print(name, arguments, "!!", type(e).__name__, str(e)[:150])
