# struct: every format character in every byte order, sizes and alignment, counts,
# whitespace, 's'/'p' strings, half floats and round trips.
import struct

print(struct.__doc__ == struct._struct.__doc__ if hasattr(struct, "_struct") else None)
values = {
    "b": [-128, -1, 0, 127], "B": [0, 1, 255], "h": [-32768, -2, 32767], "H": [0, 65535],
    "i": [-2**31, -5, 2**31 - 1], "I": [0, 2**32 - 1], "l": [-2**31, 7, 2**31 - 1], "L": [0, 2**32 - 1],
    "q": [-2**63, -3, 2**63 - 1], "Q": [0, 2**64 - 1], "?": [True, False, 5, "", [0]],
    "e": [0.0, -0.0, 1.5, 65504.0, 2**-24, -2**-14, 1e-8, 0.1, float("inf"), float("-inf")],
    "f": [0.1, -2.5, 3.4028234663852886e+38, 1e-45, float("inf")], "d": [0.1, -1e308, 5e-324, float("-inf")],
    "c": [b"a", b"\x00", b"\xff"],
}
for mode in ("", "@", "=", "<", ">", "!"):
    for c, vs in values.items():
        for v in vs:
            packed = struct.pack(mode + c, v)
            back = struct.unpack(mode + c, packed)
            print(mode + c, repr(v), packed, back, struct.calcsize(mode + c))
for c, vs in [("n", [-2**63, 0, 2**63 - 1]), ("N", [0, 2**64 - 1]), ("P", [0, 2**64 - 1, -1, 4096])]:
    for v in vs:
        packed = struct.pack(c, v)
        print(c, v, packed, struct.unpack(c, packed), struct.calcsize("@" + c))
# NaNs: the sign survives, the payload of a half float does not.
for c in "efd":
    for mode in "<>":
        for v in (float("nan"), -float("nan")):
            p = struct.pack(mode + c, v)
            print(mode + c, p, struct.pack(mode + "d", struct.unpack(mode + c, p)[0]))
print(struct.unpack("<e", b"\x01\x7c"), struct.pack("<d", struct.unpack("<e", b"\x01\x7c")[0]))
print(struct.pack("<d", struct.unpack("<f", b"\x01\x00\x80\x7f")[0]))
# Half-float rounding: ties to even, subnormals, the largest finite value.
for v in (2**-25, 2**-24 * 1.5, 2**-24 * 2.5, 65519.99, 65504.0, 1.0009765625, 1.00048828125, 1.00146484375, 3.0e-5, 6.1e-5, -0.00006103515625):
    print(repr(v), struct.pack("<e", v), struct.unpack("<e", struct.pack("<e", v)))
for bits in (0x0001, 0x03ff, 0x0400, 0x3c00, 0x7bff, 0x7c00, 0xfc00, 0x8001, 0x7e00):
    print(hex(bits), struct.unpack("<e", bits.to_bytes(2, "little")))
print(struct.unpack("<f", struct.pack("<f", 0.1)), struct.pack("@f", 1e300), struct.pack("@f", 2**200))

# Sizes and alignment: native aligns each item to its size, standard sizes never.
for fmt in ["ci", "ic", "cq", "cd", "ce", "ch", "bhiq", "@iq", "=iq", "<iq", ">iq", "!iq", "c0i", "2x3s0i", "b0l",
            "0i", "", "@", "!", "xxi", "i x", " 3i", "3s", "0s", "5p", "hcP", "cn", "c?", "3c", "10x", "lL", "<lL",
            "?e", "e?", "ffd", "c 2h", "\t\ni\r\n", "4s4s", "x" * 5 + "q"]:
    print(repr(fmt), struct.calcsize(fmt), struct.Struct(fmt).size)
print(struct.calcsize("9223372036854775807c"), struct.calcsize("9223372036854775806x1c"))
print(struct.pack("@ci", b"x", 7), struct.pack("=ci", b"x", 7), struct.pack(">bhiq", 1, 2, 3, 4), struct.pack("<bhiq", 1, 2, 3, 4))
print(struct.pack("@bq", 1, 2), struct.unpack("@bq", struct.pack("@bq", -1, -2)), struct.pack("cxxh", b"a", -1))

# Strings.
for fmt, v in [("3s", b"abcde"), ("5s", b"ab"), ("0s", b"xyz"), ("3s", bytearray(b"a")), ("5p", b"abcdefg"),
               ("5p", b"ab"), ("1p", b"ab"), ("0p", b"ab"), ("0px", b"ab"), ("2p", b""), ("p", b"q")]:
    packed = struct.pack(fmt, v)
    print(fmt, v, packed, struct.unpack(fmt, packed) if "0p" not in fmt else None)
big = struct.pack("300p", b"a" * 300)
print(big[:3], len(big), struct.unpack("300p", big)[0][-3:], len(struct.unpack("300p", big)[0]))
print(struct.unpack("1p", b"\x05"), struct.unpack("3p", b"\x09ab"), struct.unpack("4s", b"ab\x00\x00"))
print(struct.pack("3c2s", b"a", b"b", b"c", b"de"), struct.unpack("3c2s", b"abcde"))
print(struct.pack("?3?", [], [1], "", 2), struct.unpack("??", b"\x00\x02"), struct.unpack(">?", b"\xff"))
print(struct.pack("b?", True, 2), struct.pack(">hH", True, False))

class Index:
    def __index__(self):
        return 7
class Number:
    def __float__(self):
        return 2.5
print(struct.pack("i", Index()), struct.pack("d", Number()), struct.pack("d", Index()), struct.pack("e", 3), struct.pack("<f", True))
print(struct.pack(b"<2h", 1, 2), struct.unpack(b">h", b"\x01\x02"))
mixed = struct.pack("<3sxh2xqe?", b"abc", -2, 2**40, 0.5, True)
print(mixed, struct.unpack("<3sxh2xqe?", mixed))
