# bytearray mutation: item and slice assignment (extended slices), del, insert/append/extend/pop/remove, +=, *=, clear, reverse
ba = bytearray(b"hello world")
ba[0] = 72; ba[-1] = ord("D")
print(ba)
ba[0:5] = b"HOWDY"; print(ba)
ba[5:6] = b""; print(ba)
ba[::2] = b"x" * len(ba[::2]); print(ba)
del ba[::3]; print(ba)
ba[2:2] = [1, 2, 3]; print(ba)
ba[1:4] = memoryview(b"MV"); print(ba)
ba.insert(0, 33); ba.insert(-1, 63); ba.insert(100, 36); print(ba)
ba.append(0); ba.extend(b"ext"); ba.extend([10, 11]); ba.extend(x for x in (50, 51)); print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord("x")); print(ba)
ba += b"++"; ba *= 2; print(ba, len(ba))
ba.reverse(); print(ba)
c = ba.copy(); ba.clear(); print(ba, len(c), c[:4])
a = bytearray(3); a[1:2] = bytearray(b"abc"); print(a, bytearray(b"x") * 3, bytearray("ü", "utf-8"), bytearray([1, 2]))
a = bytearray(b"abcdef"); a[::-1] = b"123456"; print(a)
print(bytearray(b"A").lower(), bytearray(b"a b").split(), bytearray(b"xyz").replace(b"y", b"Y"), bytearray(b"ab").hex())
for f in [lambda: a.__setitem__(0, 256), lambda: a.__setitem__(slice(0, 6, 2), b"x"), lambda: a.remove(0), lambda: bytearray().pop(),
          lambda: a.__setitem__(0, b"x"), lambda: a.insert(0, -1), lambda: a.extend(5), lambda: a.__delitem__(99), lambda: hash(a),
          lambda: a.__setitem__(slice(0, 1), 5), lambda: a.extend([300])]:
    try:
        print(f())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(a)
