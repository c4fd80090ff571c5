import sys
print(sys.version_info, sys.version_info[:2], sys.version_info.major, sys.version_info > (3, 10), type(sys.version_info).__name__)
print(sys.float_info, sys.float_info.epsilon, sys.int_info, sys.hash_info.modulus, sys.hash_info.algorithm)
print(sys.flags.optimize, sys.flags.debug, len(sys.flags), type(sys.flags).n_fields, sys.maxunicode, sys.float_repr_style)
a = "hello world" * 2
b = "".join(["hello world"] * 2)
print(sys.intern(a) is sys.intern(b), sys.getsizeof(1) > 0, sys.getdefaultencoding(), sys.get_int_max_str_digits())
try: type(sys.flags)()
except TypeError as e: print(e)
try: sys.intern(1)
except TypeError as e: print(e)
try: sys.set_int_max_str_digits(5)
except ValueError as e: print(e)
print(sys.version_info.__reduce__(), type(sys.flags).__module__, sys.exception())
try: raise KeyError(1)
except KeyError: print(repr(sys.exception()))
m = sys.version_info
match m:
    case (3, minor, *_): print("minor", minor)
print(sys.version_info == (3, 11, 7, 'final', 0), hash(sys.version_info) == hash((3, 11, 7, 'final', 0)))
