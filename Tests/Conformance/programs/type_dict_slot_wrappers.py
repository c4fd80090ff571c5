# Which builtin types have their own slot wrappers in their dicts: CPython adds one
# for each slot a type names itself, also where that is the generic function
# (str.__getattribute__, frame.__setattr__, bytes.__str__, AttributeError.__str__).
import builtins, sys
def gen(): yield
async def co(): pass
async def ag(): yield
c = co()
types = {n: getattr(builtins, n) for n in dir(builtins) if isinstance(getattr(builtins, n), type) and n not in ("__loader__", "IOError", "EnvironmentError")}
samples = {"list_iterator": iter([]), "dict_keys": {}.keys(), "dict_values": {}.values(), "dict_items": {}.items(),
           "generator": gen(), "coroutine": c, "async_generator": ag(), "mappingproxy": type.__dict__, "code": gen.__code__,
           "function": gen, "set_iterator": iter(set()), "tuple_iterator": iter(()), "range_iterator": iter(range(1)),
           "str_iterator": iter(""), "dict_keyiterator": iter({}), "NoneType": None, "ellipsis": ...,
           "NotImplementedType": NotImplemented, "builtin_function_or_method": len, "frame": sys._getframe(),
           "cell": (lambda x: lambda: x)(1).__closure__[0], "method": c.close, "module": sys}
types.update({n: type(v) for n, v in samples.items()})
for slot in ("__getattribute__", "__setattr__", "__delattr__", "__str__", "__repr__", "__hash__", "__iter__", "__next__"):
    print(slot, sorted(n for n, t in types.items() if slot in vars(t)))
c.close()
