# unicodedata.normalize and is_normalized in the four forms, for Unicode 14.0.0 and
# ucd_3_2_0: compositions and decompositions, Hangul syllables, canonical ordering
# of combining marks, blocked and excluded compositions, singletons, compatibility
# mappings, and every code point of a few blocks.
import unicodedata

forms = ["NFC", "NFD", "NFKC", "NFKD"]
samples = [
    "", "abc", "caf\u00e9", "cafe\u0301", "\u1e9b\u0323", "\u1e0b\u0323", "\u1e0d\u0307", "q\u0307\u0323",
    "\u00c5", "A\u030a", "\u212b", "\u2126", "\u03a9", "\u0344", "\u0958", "\u2000", "\u1fed", "\u0f73",
    "\uac00", "\u1100\u1161", "\u1100\u1161\u11a8", "\uac00\u11a8", "\u1100\u1161\u11a7", "\u1112\u1175\u11c2",
    "\ufb01", "\ufdfa", "\u2460", "\u32a4", "\u3392", "\uff21\uff41", "\u00bd", "x\u0301\u0300\u0327\u0316",
    "a\u0323\u0302\u0301", "e\u0302\u0323", "\u0f71\u0f72\u0f74", "\u05b8\u05b9\u05b1\u0591\u05c3\u05b0\u05ac\u059f",
    "\U0001d15e\U0001d165", "\U0001d160", "\U0002f868", "\U0002f874", "\U0002f91f", "\U0002f95f", "\U0002f9bf",
    "\uf951", "\u0041\u030a\u0301", "\u00e5\u0301", "\u1f80\u0345", "\u03b1\u0313\u0300\u0345", "\u0627\u0653",
    "\u09c7\u09be", "\u0b47\u0b3e\u0b56", "\u1025\u102e", "\u0cc6\u0cc2\u0cd5", "\U000110a5\U000110ba",
    "\U00011935\U00011930", "\u0300a", "\u0301\u0301", "\u2adc", "\u2add\u0338", "\u226e", "<\u0338",
]
for s in samples:
    print(ascii(s), [ascii(unicodedata.normalize(f, s)) for f in forms], [unicodedata.is_normalized(f, s) for f in forms])
    old = [ascii(unicodedata.ucd_3_2_0.normalize(f, s)) for f in forms]
    # The quick check returns text already in the form as it is (not in 3.2.0).
    print("  same object", [unicodedata.normalize(f, s) is s for f in forms])
    print("  3.2", old, [unicodedata.ucd_3_2_0.is_normalized(f, s) for f in forms])

class Text(str):
    pass
r = unicodedata.normalize("NFC", Text("abc"))
print(type(r).__name__, r, type(unicodedata.normalize("NFD", Text(""))).__name__,
      type(unicodedata.normalize("NFD", Text("\xe9"))).__name__, type(unicodedata.normalize("NFC", Text("\xe9"))).__name__,
      type(unicodedata.ucd_3_2_0.normalize("NFC", Text("abc"))).__name__)
t = "plain ascii"
print(unicodedata.normalize("NFKC", t) is t)

for start, end in [(0xC0, 0xE0), (0x1E00, 0x1E10), (0x1F70, 0x1F88), (0x3300, 0x3308), (0xFB00, 0xFB08),
                   (0xAC00, 0xAC08), (0xF900, 0xF908), (0x2F800, 0x2F808)]:
    changed = {f: [] for f in forms}
    same = {f: 0 for f in forms}
    for c in range(start, end):
        for f in forms:
            ch = chr(c)
            n = unicodedata.normalize(f, ch)
            same[f] += n is ch
            if n != chr(c):
                changed[f].append("%X:%s" % (c, "+".join("%X" % ord(x) for x in n)))
    print("%X-%X" % (start, end), {f: len(v) for f, v in changed.items()}, same)
    print("  ", " ".join(changed["NFKD"][:12]))
    print("  ", " ".join(changed["NFC"][:12]))
