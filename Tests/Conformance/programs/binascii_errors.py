# binascii's errors: its Error class (a ValueError), Incomplete, CPython's messages
# for bad data, bad argument types, non-ASCII text and argument counts.
import binascii

print(binascii.Error.__mro__, binascii.Incomplete.__mro__, binascii.Error.__module__)
print(binascii.__doc__, binascii.a2b_hex.__name__, binascii.hexlify.__text_signature__)
print(sorted(n for n in dir(binascii) if not n.startswith("__")))

def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", r)

attempt("odd", binascii.unhexlify, b"abc")
attempt("nonhex", binascii.unhexlify, b"zz")
attempt("nonhex2", binascii.a2b_hex, "0g")
attempt("space", binascii.a2b_hex, "00 ff")
attempt("nonascii", binascii.unhexlify, "\xe9\xe9")
attempt("nonascii2", binascii.a2b_base64, "YQ\u20ac=")
attempt("int", binascii.unhexlify, 5)
attempt("list", binascii.a2b_base64, [1, 2])
attempt("none", binascii.a2b_uu, None)
attempt("str to b2a", binascii.b2a_base64, "abc")
attempt("str to hexlify", binascii.hexlify, "abc")
attempt("str to crc32", binascii.crc32, "abc")
attempt("str to uu", binascii.b2a_uu, "abc")
attempt("str to qp", binascii.b2a_qp, "abc")
attempt("int to b2a", binascii.b2a_base64, 3)
attempt("crc float", binascii.crc32, b"a", 1.5)
attempt("crc str", binascii.crc32, b"a", "x")
attempt("crc_hqx one", binascii.crc_hqx, b"a")
attempt("crc32 none", binascii.crc32)
attempt("crc32 three", binascii.crc32, b"a", 1, 2)
attempt("crc32 kw", binascii.crc32, data=b"a")
attempt("hexlify none", binascii.hexlify)
attempt("hexlify many", binascii.hexlify, b"a", ":", 1, 2)
attempt("hexlify kw", binascii.hexlify, data=b"ab", sep="-")
attempt("hexlify badkw", binascii.hexlify, b"ab", spam=1)
attempt("hexlify twice", binascii.hexlify, b"ab", data=b"cd")
attempt("sep long", binascii.hexlify, b"ab", "::")
attempt("sep empty", binascii.hexlify, b"ab", "")
attempt("sep int", binascii.hexlify, b"ab", 5)
attempt("sep list", binascii.hexlify, b"ab", [1])
attempt("sep nonascii", binascii.hexlify, b"ab", "\xe9")
attempt("sep nonascii bytes", binascii.hexlify, b"ab", b"\xe9")
attempt("sep wide", binascii.hexlify, b"ab", "\u20ac")
attempt("bps str", binascii.hexlify, b"ab", ":", "2")
attempt("bps big", binascii.hexlify, b"ab", ":", 2**40)
attempt("newline positional", binascii.b2a_base64, b"a", False)
attempt("newline str", binascii.b2a_base64, b"a", newline="")
attempt("newline float", binascii.b2a_base64, b"a", newline=1.0)
attempt("newline big", binascii.b2a_base64, b"a", newline=2**40)
attempt("newline list", binascii.b2a_base64, b"a", newline=[])
attempt("strict positional", binascii.a2b_base64, b"YQ==", True)
attempt("strict int", binascii.a2b_base64, b"YQ==", strict_mode=2)
attempt("unknown kw", binascii.a2b_base64, b"YQ==", strict=True)
attempt("uu long", binascii.b2a_uu, b"x" * 46)
attempt("uu backtick", binascii.b2a_uu, b"", backtick=1)
attempt("uu illegal", binascii.a2b_uu, b"!\x01\n")
attempt("uu illegal2", binascii.a2b_uu, b"#abc~\n")
attempt("uu garbage", binascii.a2b_uu, b"!80  x\n")
attempt("qp kw", binascii.b2a_qp, data=b"a b", quotetabs=1, istext=0, header=1)
attempt("qp bad", binascii.b2a_qp, b"a", quotetabs="x")
attempt("qp many", binascii.b2a_qp, b"a", 1, 1, 1, 1)
attempt("a2b_qp kw", binascii.a2b_qp, data="a_b", header=True)
attempt("a2b_qp bad", binascii.a2b_qp, b"a", header=None)

strict = [b"=YQ==", b"YQ==a", b"YQ=a=", b"Y Q==", b"YQ\n==", b"YQ==\n", b"YQ=", b"YQ", b"Y", b"YWJjZ",
          b"YWJjZA", b"YWJj====", b"YQ=,=", b"", b"=", b"==", b"YWJj\x00", b"YQ===", b"YWI=YWI="]
for text in strict:
    for mode in (False, True):
        attempt("base64 %r %s" % (text, mode), binascii.a2b_base64, text, strict_mode=mode)
for n in range(1, 10):
    attempt("length %d" % n, binascii.a2b_base64, b"Q" * n)
attempt("length long", binascii.a2b_base64, b"QUJD" * 5 + b"Q")

try:
    binascii.unhexlify(b"1")
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, isinstance(e, binascii.Error))
try:
    raise binascii.Incomplete("more")
except Exception as e:
    print(type(e).__name__, e, isinstance(e, ValueError))
