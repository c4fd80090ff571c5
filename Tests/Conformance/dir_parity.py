#!/usr/bin/env python3.11
"""Compares dir() of every builtin type between a krait binary and CPython 3.11.

    python3.11 Tests/Conformance/dir_parity.py .build/debug/krait          # every type
    python3.11 Tests/Conformance/dir_parity.py .build/debug/krait str int  # types named so

The same probe program runs under both; for each type it prints the names of
sorted(dir(T)) that Krait lacks ("missing") and those only Krait has ("extra"),
then names both show that only one of them defines in T's own dict ("inherited":
CPython's T defines it, Krait's inherits it; "own": the other way round), and names
both define whose values are of different types ("kind").
The exit status is the number of types that differ (capped at 100).
"""
import os, subprocess, sys

# Each entry names a type and the expression that reaches it; the probe evaluates
# them one at a time so a type Krait cannot reach yet is reported, not fatal.
PROBE = r'''
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
for name, expr in exprs:
    try:
        t = eval(expr)
        print(name, "@" + t.__name__, *sorted(dir(t)), "|", *sorted(k + "=" + type(v).__name__ for k, v in vars(t).items()))
    except BaseException as e:
        print(name, "!", type(e).__name__)
'''


# Slot wrappers CPython puts in a type's dict when the type names the generic function
# in its slot; whether Krait's type or a base holds them changes nothing visible.
GENERIC = {"__getattribute__", "__setattr__", "__delattr__", "__new__", "__init__"}


def probe(command):
    run = subprocess.run(command + ["-c", PROBE], capture_output=True, text=True, timeout=120)
    if run.returncode != 0:
        sys.exit(f"{command[0]} failed:\n{run.stderr}")
    result = {}
    for line in run.stdout.splitlines():
        name, *names = line.split(" ")
        if "|" in names:
            at = names.index("|")
            result[name] = names[:at], dict(n.rsplit("=", 1) for n in names[at + 1:])
        else:
            result[name] = names, {}
    return result


def main():
    krait = probe([os.path.abspath(sys.argv[1])])
    cpython = probe([sys.executable])
    wanted = sys.argv[2:]
    differing = 0
    for name, (names, own) in cpython.items():
        if wanted and name not in wanted:
            continue
        theirs, theirs_own = krait.get(name, (["!", "absent"], {}))
        if theirs[:1] == ["!"]:
            print(f"{name}: not reachable in krait ({theirs[1]})")
            differing += 1
            continue
        lines = []
        if theirs[0] != names[0]:
            lines.append(f"  named {theirs[0][1:]} in krait, {names[0][1:]} in CPython")
        names, theirs = set(names[1:]), set(theirs[1:])
        if missing := sorted(names - theirs):
            lines.append("  missing:   " + " ".join(missing))
        if extra := sorted(theirs - names):
            lines.append("  extra:     " + " ".join(extra))
        # Names both have, but that CPython's type defines itself and Krait's inherits
        # (a `__reduce__` that is object's, not the type's own), or the other way round.
        if inherited := sorted((set(own) - set(theirs_own) - GENERIC) & theirs):
            lines.append("  inherited: " + " ".join(inherited))
        if overridden := sorted((set(theirs_own) - set(own) - GENERIC) & names):
            lines.append("  own:       " + " ".join(overridden))
        # Names both define themselves with objects of different types (a method where
        # CPython has a classmethod, a member where it has a getset descriptor).
        if kinds := sorted(f"{k} ({own[k]}, krait {theirs_own[k]})" for k in set(own) & set(theirs_own)
                           if own[k] != theirs_own[k]):
            lines.append("  kind:      " + ", ".join(kinds))
        if lines:
            differing += 1
            print(f"{name}:", *lines, sep="\n")
    print(f"{differing} types differ")
    sys.exit(min(differing, 100))


main()
