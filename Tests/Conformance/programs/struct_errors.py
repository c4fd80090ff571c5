# struct's errors: range checks per code and byte order (each with CPython's own
# message), non-integers, floats, bad formats, argument counts and types.
import struct

def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", r)

class Index:
    def __index__(self):
        return 7
class BadIndex:
    def __index__(self):
        return "x"
class BigIndex:
    def __index__(self):
        return 2**70
class Number:
    def __float__(self):
        return 2.5
class BadFloat:
    def __float__(self):
        raise RuntimeError("no float")

probes = (-2**63 - 1, -2**63, -2**31 - 1, -129, -1, 128, 256, 2**15, 2**16, 2**31, 2**32, 2**63, 2**64, 1.0, "x", None)
for c in "bBhHiIlLqQ":
    for mode in "@=<>":
        results = []
        for v in probes:
            try:
                results.append(struct.pack(mode + c, v).hex())
            except struct.error as e:
                results.append(str(e))
            except Exception as e:
                results.append(type(e).__name__ + ": " + str(e))
        print(mode + c, results)
for c in "nNP":
    for v in (-2**63 - 1, -1, 2**63, 2**64, 1.5):
        attempt(c + " " + str(v), struct.pack, c, v)
for c in "efd":
    for mode in "@<>":
        for v in (1e300, 65520.0, 3.5e38, 2**1024, 2**200, "x", None, Number(), BadFloat()):
            attempt(mode + c + " " + type(v).__name__, struct.pack, mode + c, v)
attempt("index", struct.pack, "i", Index())
attempt("bad index", struct.pack, "i", BadIndex())
attempt("big index q", struct.pack, ">q", BigIndex())
attempt("big index Q", struct.pack, ">Q", BigIndex())
attempt("big index P", struct.pack, "P", BigIndex())
attempt("big index i", struct.pack, "i", BigIndex())
attempt("float for int", struct.pack, "i", Number())
attempt("char str", struct.pack, "c", "a")
attempt("char 2", struct.pack, "c", b"ab")
attempt("char bytearray", struct.pack, "c", bytearray(b"a"))
attempt("s str", struct.pack, "3s", "abc")
attempt("s memoryview", struct.pack, "3s", memoryview(b"a"))
attempt("p int", struct.pack, "3p", 5)
attempt("0p unpack", struct.unpack, "0p", b"")
attempt("bool error", struct.pack, "?", type("B", (), {"__bool__": lambda s: 1 / 0})())

for fmt in ["w", "3 i", "<n", ">N", "=P", "3", "i3", "<?>?", "i\0i", "99999999999999999999i", "9223372036854775807i",
            "4611686018427387904h", "9223372036854775806c2c", "9223372036854775807x1c", "@@i", "é", b"\xc3\xa9", "Z"]:
    attempt("calcsize " + repr(fmt), struct.calcsize, fmt)
for fmt in [5, None, bytearray(b"i"), struct.Struct("i"), [1]]:
    attempt("format " + type(fmt).__name__, struct.calcsize, fmt)

attempt("pack no args", struct.pack)
attempt("pack kw", struct.pack, "i", 1, x=2)
attempt("pack few", struct.pack, "ii", 1)
attempt("pack many", struct.pack, "i", 1, 2)
attempt("pack none", struct.pack, "")
attempt("pack x", struct.pack, "x", 1)
attempt("unpack 1 arg", struct.unpack, "i")
attempt("unpack 3 args", struct.unpack, "i", b"", b"")
attempt("unpack kw", struct.unpack, "i", buffer=b"abcd")
attempt("unpack str", struct.unpack, "i", "abcd")
attempt("unpack size", struct.unpack, "i", b"abc")
attempt("unpack long", struct.unpack, "i", b"abcde")
attempt("unpack_from format kw", struct.unpack_from, format="i", buffer=b"abcdef")
attempt("unpack_from no buffer", struct.unpack_from, "i")
attempt("unpack_from float", struct.unpack_from, "i", b"abcdef", 1.0)
attempt("unpack_from huge", struct.unpack_from, "i", b"abcdef", 2**70)
attempt("unpack_from neg", struct.unpack_from, "i", b"abcdef", -7)
attempt("unpack_from short neg", struct.unpack_from, "i", b"abcdef", -3)
attempt("unpack_from past", struct.unpack_from, "i", b"abcdef", 3)
attempt("unpack_from bad kw", struct.unpack_from, "i", b"abcdef", off=1)
attempt("calcsize none", struct.calcsize)
attempt("calcsize two", struct.calcsize, "i", "i")
attempt("calcsize kw", struct.calcsize, format="i")
attempt("iter_unpack 1", struct.iter_unpack, "i")
attempt("iter_unpack empty", struct.iter_unpack, "", b"")
attempt("iter_unpack 0i", struct.iter_unpack, "0i", b"")
attempt("iter_unpack size", struct.iter_unpack, "h", b"abc")
attempt("iter_unpack str", struct.iter_unpack, "h", "ab")
ba = bytearray(8)
attempt("pack_into none", struct.pack_into)
attempt("pack_into no buffer", struct.pack_into, "h")
attempt("pack_into no offset", struct.pack_into, "h", ba)
attempt("pack_into few", struct.pack_into, "hh", ba, 0, 1)
attempt("pack_into bytes", struct.pack_into, "h", b"abcd", 0, 7)
attempt("pack_into str", struct.pack_into, "h", "abcd", 0, 7)
attempt("pack_into readonly view", struct.pack_into, "h", memoryview(b"abcd"), 0, 1)
attempt("pack_into neg space", struct.pack_into, "h", ba, -1, 7)
attempt("pack_into neg range", struct.pack_into, "h", ba, -10, 7)
attempt("pack_into past", struct.pack_into, "h", ba, 7, 7)
attempt("pack_into float offset", struct.pack_into, "h", ba, 1.5, 1)
attempt("pack_into huge offset", struct.pack_into, "h", ba, 2**70, 1)
attempt("pack_into bad value", struct.pack_into, "h", ba, 0, 2**20)
print(ba)
attempt("unpack non-contiguous", struct.unpack, "h", memoryview(b"abcd")[::2])
released = memoryview(b"abcd")
released.release()
attempt("unpack released", struct.unpack, "i", released)
try:
    raise struct.error("custom")
except struct.error as e:
    print(type(e), type(e).__mro__, e.args)
print(struct.error.__module__, struct.error.__name__, struct.error.__qualname__)
# Offsets near sys.maxsize: the message's sum does not overflow.
import sys as _sys
for _call in (lambda: struct.pack_into('<I', bytearray(10), _sys.maxsize, 1),
              lambda: struct.unpack_from('<I', bytearray(10), _sys.maxsize)):
    try:
        _call()
    except struct.error as _e:
        print("struct.error:", _e)
