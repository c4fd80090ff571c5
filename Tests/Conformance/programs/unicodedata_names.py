# unicodedata's names: name() and lookup() both ways, with case-insensitive lookups,
# aliases (corrections, controls, abbreviations), named sequences, Hangul syllables
# and CJK ideographs by rule, characters without names, and ucd_3_2_0's stricter
# lookups (no aliases, no sequences, nothing added since 3.2.0).
import unicodedata

def show(label, f, *args):
    try:
        print(label, ascii(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)

for c in [0x0, 0x20, 0x41, 0x7F, 0xA0, 0xE9, 0x1E9B, 0x2028, 0x3042, 0x4E00, 0x9FFF, 0xAC00, 0xD7A3, 0xD800,
          0xE000, 0xFB01, 0xFEFF, 0xFFFD, 0xFFFF, 0x1F600, 0x1FAF8, 0x20000, 0x2A6DF, 0x2B739, 0x2B740, 0x30000,
          0x31350, 0x17000, 0x18B00, 0x1B170, 0xE0001, 0xE0100, 0x10FFFF]:
    ch = chr(c)
    name = unicodedata.name(ch, None)
    print("%X" % c, name, unicodedata.ucd_3_2_0.name(ch, None))
    if name is not None:
        show("  back", lambda: (unicodedata.lookup(name) == ch, unicodedata.lookup(name.lower()) == ch))

for name in ["LATIN SMALL LETTER A", "latin small letter a", "Latin Small Letter A", "SPACE", "NULL", "NUL",
             "LINE FEED", "LF", "BYTE ORDER MARK", "BOM", "ZWNBSP", "LATIN CAPITAL LETTER GHA",
             "LATIN CAPITAL LETTER OI", "NO-BREAK SPACE", "NBSP", "VS1", "VS256", "HANGUL SYLLABLE GA",
             "hangul syllable gag", "HANGUL SYLLABLE HIH", "CJK UNIFIED IDEOGRAPH-4E00",
             "cjk unified ideograph-4E00", "cjk unified ideograph-4e00", "CJK UNIFIED IDEOGRAPH-20000",
             "CJK UNIFIED IDEOGRAPH-3134A", "CJK UNIFIED IDEOGRAPH-31350", "GRINNING FACE",
             "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", "latin small letter a with macron and grave",
             "KEYCAP NUMBER SIGN", "TAMIL SYLLABLE KSSA", "BENGALI LETTER KHINYA",
             "LATIN SMALL LETTER D WITH CURL", "EGYPTIAN HIEROGLYPH A001", "ZERO WIDTH NO-BREAK SPACE"]:
    show(name, unicodedata.lookup, name)
    show("  3.2", unicodedata.ucd_3_2_0.lookup, name)
print(ascii(unicodedata.lookup(b"LATIN SMALL LETTER B")), ascii("\N{LATIN SMALL LETTER C}"))
names = [unicodedata.name(chr(c), "") for c in range(0x2000, 0x2100)]
print(len([n for n in names if n]), names[:3], names[-3:])
