# int.to_bytes/from_bytes: byteorders, signed ranges, lengths, defaults (3.11), overflow errors, round trips including big ints
for n in [0, 1, 255, 256, 65535, 2**64 - 1, 2**100]:
    nb = max(1, (n.bit_length() + 7) // 8)
    b = n.to_bytes(nb, "big")
    print(n, b.hex(), n.to_bytes(nb, "little").hex(), int.from_bytes(b, "big") == n, int.from_bytes(b[::-1], "little") == n)
for n in [-1, -128, 127, -129, -32768]:
    try:
        print(n, n.to_bytes(1, "big", signed=True).hex(), n.to_bytes(2, "little", signed=True).hex())
    except OverflowError as e:
        print(n, type(e).__name__, e)
print((5).to_bytes(), (5).to_bytes(3), int.from_bytes(b"\x01\x00"), int.from_bytes(b"\xff\xff", signed=True), int.from_bytes([1, 2], "big"))
print(int.from_bytes(bytearray(b"\x00\x10"), "little"), int.from_bytes(b"", "big"), int.from_bytes(b"\x80" + bytes(15), "big", signed=True))
for bad in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle"), lambda: (1).to_bytes(-1, "big"),
            lambda: int.from_bytes("ab", "big"), lambda: (128).to_bytes(1, "big", signed=True), lambda: int.from_bytes(b"\x01", byteorder="x")]:
    try:
        print(bad())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print((0).to_bytes(0, "big"), (2**63).to_bytes(8, "big").hex(), (-(2**63)).to_bytes(8, "big", signed=True).hex())
class MyInt(int): pass
r = MyInt.from_bytes(b"\x07", "big"); print(type(r).__name__, r, bool.from_bytes(b"\x01", "big"), type(bool.from_bytes(b"\x00", "big")).__name__)
