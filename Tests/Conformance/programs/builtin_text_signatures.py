# __text_signature__ and __doc__ of every builtin function, builtin type and method
# defined in a builtin type's dict, and of the native modules' functions and types, as
# CPython 3.11's method tables carry them (Argument Clinic's "name(sig)\n--\n\n" blocks).
import builtins, sys, math, cmath, itertools, _collections, _functools, _operator, gc, _weakref, _warnings, _string

# Callables Krait lacks (FINDINGS 11.6 and 12); listed so that what is here is compared.
MISSING = {"breakpoint", "input", "open", "_collections.OrderedDict", "code.__new__", "code.__sizeof__",
           "frame.__sizeof__", "generator.__sizeof__", "bytes.__sizeof__",
           "itertools.combinations.__sizeof__", "itertools.combinations_with_replacement.__sizeof__",
           "itertools.permutations.__sizeof__", "itertools.product.__sizeof__"}
KINDS = ("method_descriptor", "classmethod_descriptor", "builtin_function_or_method", "staticmethod")

def show(name, obj):
    if name in MISSING:
        return
    print(name, repr(getattr(obj, "__text_signature__", "<no attribute>")))
    print("   ", repr(obj.__doc__))

def show_type(name, t):
    if name in MISSING:
        return
    show(name, t)
    for attr, d in sorted(vars(t).items()):
        if type(d).__name__ in KINDS:
            show(f"{name}.{attr}", getattr(t, attr))

def gen(): yield
samples = {"list_iterator": iter([]), "dict_keys": {}.keys(), "dict_values": {}.values(), "dict_items": {}.items(),
           "generator": gen(), "mappingproxy": type.__dict__, "code": gen.__code__, "function": gen,
           "set_iterator": iter(set()), "tuple_iterator": iter(()), "range_iterator": iter(range(1)),
           "str_iterator": iter(""), "dict_keyiterator": iter({}), "NoneType": None, "ellipsis": ...,
           "NotImplementedType": NotImplemented, "builtin_function_or_method": len, "frame": sys._getframe(),
           "cell": (lambda x: lambda: x)(1).__closure__[0]}
for name in sorted(dir(builtins)):
    obj = getattr(builtins, name)
    if isinstance(obj, type) and name != "__loader__":
        show_type(name, obj)
    elif type(obj).__name__ == "builtin_function_or_method":
        show(name, obj)
for name, value in sorted(samples.items()):
    show_type(name, type(value))
for module in (math, cmath, itertools, _collections, _functools, _operator, gc, _weakref, _warnings, _string):
    for name in sorted(dir(module)):
        obj = getattr(module, name)
        if isinstance(obj, type) and name != "__loader__":
            show_type(f"{module.__name__}.{name}", obj)
        elif type(obj).__name__ == "builtin_function_or_method":
            show(f"{module.__name__}.{name}", obj)

# Slot wrappers carry fixed signatures; __del__'s doc is empty, so both are None.
for slot in (object.__init__, object.__repr__, object.__setattr__, int.__add__, int.__pow__, list.__getitem__,
             dict.__setitem__, property.__get__, type.__call__, gen().__del__, type(gen()).__del__):
    print(slot.__qualname__, repr(slot.__text_signature__), repr(slot.__doc__))

# Descriptors' reprs name their type's full tp_name, module included.
import _collections
print(_collections.deque.append, _collections.deque.__init__, _collections.deque.maxlen)
print(_collections._tuplegetter.__doc__, itertools.chain.from_iterable.__qualname__)

# The exception classes that have a __new__ of their own.
print(sorted(n for n in dir(builtins) if isinstance(getattr(builtins, n), type)
             and issubclass(getattr(builtins, n), BaseException) and "__new__" in vars(getattr(builtins, n))))
