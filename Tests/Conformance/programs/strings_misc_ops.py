# string operations: slicing with steps, concatenation, repetition, comparison, membership, immutability
s = "Hello, World"
print(s[0], s[-1], s[7:], s[:5], s[::2], s[::-1], s[-5:-1], s[100:], s[3:1], s[::-3], s[1:-1:4])
print(s + "!", s * 2, 2 * "ab", "" * 5, s * 0, "a" < "b", "Z" < "a", "abc" < "abd", "ab" < "abc", "" < "a")
print("World" in s, "world" in s, "" in s, s.count("l"), len(s), s.lower() == "hello, world", s is not s.lower())
print("é" > "e", "ä" < "z", sorted(["b", "A", "a", "B"]), max("python"), min("python"), "10" < "9", "abc" == "abc")
print("x".join("abc"), "a" "b" "c", ("implicit "
      "concatenation"), r"\n raw", "tab\there", 'single "double" inside', "\\", "\x41\u0042\U00000043\N{DIGIT ONE}")
try:
    s[0] = "h"
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[20]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
print(str(123), str(1.5), str([1, "a"]), str(None), str(b"x"), str(b"caf\xc3\xa9", "utf-8"), str(), str(object)[:8])
print("%d items" % 3, f"{'nested' + ' f'}", f"{s!r:.5}", f"{3 + 4 = }", f"{s[:5]=}", f"{'x':>{2 + 2}}")
t = "abc"
u = t
t += "d"
print(t, u, t is u)
print(ord(min(s)), "".join(sorted(set(s.lower()) - set(" ,"))), s.title(), s.swapcase())
