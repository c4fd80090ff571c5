# memoryview.tobytes(order): 'F' lists a multi-dimensional view's items first index
# fastest; 'C', 'A' and None give C order for the views cast makes.
data = bytes(range(24))
for shape in [(2, 3), (3, 2), (2, 3, 4), (4, 3, 2), (6,), (1, 6)]:
    n = 1
    for d in shape: n *= d
    m = memoryview(data[:n]).cast("B", shape)
    for order in ("C", "F", "A", None):
        print(shape, order, m.tobytes(order))
wide = memoryview(bytes(range(12))).cast("H", (2, 3))
print(wide.tobytes("F"), wide.tobytes("C"), wide.tolist())
for bad in ("X", "", "CF", 1):
    try:
        wide.tobytes(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
