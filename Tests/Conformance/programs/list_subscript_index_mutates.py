# A subscript's __index__ may resize the sequence; the slice is taken on its new length.
items = [1, 2, 3]
class Shrink:
    def __index__(self):
        del items[:]
        return 1
print(items[:Shrink()], items)
items = [1, 2, 3, 4]
print(items[0:10:Shrink()], items)
items = [1, 2, 3]
try:
    items[Shrink()]
except IndexError as e:
    print("IndexError", e)
data = bytearray(b"abc")
class ShrinkBytes:
    def __index__(self):
        data.clear()
        return 1
print(data[:ShrinkBytes()])
