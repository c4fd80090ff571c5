# bin, hex and oct: negatives, zero, big ints, __index__, and format() equivalents
for n in [0, 1, -1, 5, -5, 255, 256, 2**31, -(2**63), 2**64 + 1, -(2**100), True]:
    print(n, bin(n), oct(n), hex(n))
print(format(255, "b"), format(255, "#o"), format(255, "x"), format(255, "#X"), format(-255, "#x"))
print(f"{10:#010b} {10:08o} {3054:_x} {2**40:,}")
print(int(bin(1234), 0), int(hex(-4096), 16), int(oct(99), 8))

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(bin(Idx(6)), hex(Idx(-255)), oct(Idx(8)))

for bad in [1.5, "10", None, Idx("x")]:
    try:
        hex(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    bin()
except TypeError as e:
    print(type(e).__name__, e)
print(hex(0x7fffffffffffffff), hex(-0x8000000000000000), bin(2**65 - 1).count("1"))
print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (2**100).bit_length())
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).to_bytes(2, "big", signed=True))
