# unicodedata's character properties in Unicode 14.0.0 and in ucd_3_2_0: category,
# bidirectional, combining, east_asian_width, mirrored, decimal, digit, numeric and
# decomposition over every 997th code point below U+30000 plus chosen ones, the
# module's and UCD's attributes and docs.
import unicodedata

print(unicodedata.__doc__)
print(unicodedata.unidata_version, unicodedata.ucd_3_2_0.unidata_version, type(unicodedata.ucd_3_2_0))
print(unicodedata.UCD, unicodedata.UCD.__module__, unicodedata.UCD.__doc__)
print(sorted(n for n in dir(unicodedata) if not n.startswith("_")))
print(sorted(n for n in dir(unicodedata.ucd_3_2_0) if not n.startswith("_")))
for name in ["category", "decimal", "name", "normalize", "lookup"]:
    f = getattr(unicodedata, name)
    print(name, f.__text_signature__, f.__doc__)
    print(getattr(unicodedata.UCD, name).__text_signature__)

def row(db, ch):
    return "%s %s %d %s %d %r %r %r %r" % (
        db.category(ch), db.bidirectional(ch), db.combining(ch), db.east_asian_width(ch), db.mirrored(ch),
        db.decimal(ch, None), db.digit(ch, None), db.numeric(ch, None), db.decomposition(ch))

chosen = [0x30, 0x39, 0xB2, 0xBC, 0x660, 0x2155, 0x2160, 0x216C, 0x2189, 0x2460, 0x3007, 0x4E00, 0x4E07,
          0x5146, 0x3405, 0xF96B, 0x1D7CE, 0x1F10C, 0x12432, 0x221, 0x20C0, 0x1E9E, 0xD800, 0xDFFF, 0xE000,
          0xFFFE, 0x10FFFD, 0xE0001, 0x1F1E6, 0xFF21, 0xFF61, 0x1100, 0x302A, 0x0F73, 0x2126, 0x212B]
shown = 0
for c in sorted(set(list(range(0, 0x30000, 997)) + chosen)):
    ch = chr(c)
    now, then = row(unicodedata, ch), row(unicodedata.ucd_3_2_0, ch)
    if c in chosen or unicodedata.category(ch) != "Cn":
        print("%X" % c, now, "|", "=" if then == now else then)
        shown += 1
print(shown)
