# __doc__ of the builtin types and exception classes (the type's and the one in its dict)

import sys
def _f(x):
    return lambda: x
class _C:
    def m(self): pass
def _gen():
    yield 1
async def _coro(): pass
async def _agen():
    yield 1
import _weakref
_c = _C()
_co = _coro()
_co.close()
try:
    raise ValueError
except ValueError as _e:
    _tb = _e.__traceback__
exprs = [
    ("object", "object"), ("type", "type"), ("int", "int"), ("bool", "bool"),
    ("float", "float"), ("complex", "complex"), ("str", "str"), ("bytes", "bytes"),
    ("bytearray", "bytearray"), ("memoryview", "memoryview"), ("tuple", "tuple"),
    ("list", "list"), ("dict", "dict"), ("set", "set"), ("frozenset", "frozenset"),
    ("range", "range"), ("slice", "slice"), ("enumerate", "enumerate"), ("zip", "zip"),
    ("map", "map"), ("filter", "filter"), ("reversed", "reversed"),
    ("property", "property"), ("staticmethod", "staticmethod"),
    ("classmethod", "classmethod"), ("super", "super"),
    ("function", "type(_f)"), ("method", "type(_C().m)"),
    ("builtin_function_or_method", "type(len)"), ("module", "type(sys)"),
    ("cell", "type(_f(1).__closure__[0])"), ("code", "type(_f.__code__)"),
    ("frame", "type(_tb.tb_frame)"), ("traceback", "type(_tb)"),
    ("generator", "type(_gen())"), ("coroutine", "type(_co)"),
    ("NoneType", "type(None)"), ("NotImplementedType", "type(NotImplemented)"),
    ("ellipsis", "type(...)"), ("GenericAlias", "type(list[int])"),
    ("UnionType", "type(int | str)"), ("SimpleNamespace", "type(sys.implementation)"),
    ("mappingproxy", "type(type.__dict__)"),
    ("dict_keys", "type({}.keys())"), ("dict_values", "type({}.values())"),
    ("dict_items", "type({}.items())"), ("dict_keyiterator", "type(iter({}))"),
    ("dict_valueiterator", "type(iter({}.values()))"),
    ("dict_itemiterator", "type(iter({}.items()))"),
    ("dict_reversekeyiterator", "type(reversed({}))"),
    ("list_iterator", "type(iter([]))"), ("list_reverseiterator", "type(reversed([]))"),
    ("tuple_iterator", "type(iter(()))"), ("str_iterator", "type(iter(''))"),
    ("bytes_iterator", "type(iter(b''))"), ("bytearray_iterator", "type(iter(bytearray()))"),
    ("range_iterator", "type(iter(range(0)))"), ("set_iterator", "type(iter(set()))"),
    ("callable_iterator", "type(iter(int, 0))"), ("iterator", "type(iter(_Seq()))"),
    ("method_descriptor", "type(str.join)"), ("wrapper_descriptor", "type(object.__init__)"),
    ("method-wrapper", "type(object().__str__)"), ("getset_descriptor", "type(type.__dict__['__doc__'])"),
    ("member_descriptor", "type(type.__dict__['__base__'])"),
    ("classmethod_descriptor", "type(dict.__dict__['fromkeys'])"),
    ("coroutine_wrapper", "type(_co.__await__())"), ("async_generator", "type(_agen())"),
    ("async_generator_asend", "type(_agen().asend(None))"),
    ("async_generator_athrow", "type(_agen().athrow(ValueError))"),
    ("dict_reversevalueiterator", "type(reversed({}.values()))"),
    ("dict_reverseitemiterator", "type(reversed({}.items()))"),
    ("longrange_iterator", "type(iter(range(2**70)))"),
    ("str_ascii_iterator", "type(iter('a'))"), ("str_iterator", "type(iter('\\u0100'))"),
    ("memory_iterator", "type(iter(memoryview(b'')))"),
    ("weakref", "type(_weakref.ref(_C))"), ("weakproxy", "type(_weakref.proxy(_c))"),
    ("weakcallableproxy", "type(_weakref.proxy(_C))"),
    ("flags", "type(sys.flags)"), ("version_info", "type(sys.version_info)"),
    ("float_info", "type(sys.float_info)"), ("int_info", "type(sys.int_info)"),
    ("hash_info", "type(sys.hash_info)"),
]
class _Seq:
    def __getitem__(self, i): raise IndexError
import builtins
for value in vars(builtins).values():
    if isinstance(value, type) and issubclass(value, BaseException):
        exprs.append((value.__name__, value.__name__))

# traceback's signature block is left out: Krait's type __doc__ strips it (see the report).
for name, expr in sorted(exprs):
    if name == "traceback":
        continue
    t = eval(expr)
    own = vars(t).get("__doc__")
    print(name, repr(t.__doc__), own == t.__doc__)
