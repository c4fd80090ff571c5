# unicodedata's errors: characters that are not one character, missing values
# without a default, bad normalization forms, argument types and counts, lookup's
# KeyErrors, and the UCD type that cannot be instantiated.
import unicodedata

def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", ascii(r))

for name in ["category", "bidirectional", "combining", "mirrored", "east_asian_width", "decomposition"]:
    f = getattr(unicodedata, name)
    attempt(name + " int", f, 5)
    attempt(name + " two", f, "ab")
    attempt(name + " empty", f, "")
    attempt(name + " none", f)
    attempt(name + " many", f, "a", "b")
    attempt(name + " kw", f, chr="a")
for name in ["decimal", "digit", "numeric", "name"]:
    f = getattr(unicodedata, name)
    attempt(name + " int", f, 5)
    attempt(name + " two", f, "ab")
    attempt(name + " missing", f, "\x00")
    attempt(name + " default", f, "\x00", "fallback")
    attempt(name + " none", f)
    attempt(name + " many", f, "a", 1, 2)
    attempt(name + " kw", f, "a", default=1)
attempt("old missing", unicodedata.ucd_3_2_0.name, "\u0221")
attempt("old decimal", unicodedata.ucd_3_2_0.decimal, "\U0001D7CE")
for f in [unicodedata.normalize, unicodedata.is_normalized]:
    attempt("form", f, "NFX", "abc")
    attempt("form lower", f, "nfc", "abc")
    attempt("form empty text", f, "NFX", "")
    attempt("form int", f, 1, "a")
    attempt("text int", f, "NFC", 1)
    attempt("text bytes", f, "NFC", b"a")
    attempt("one arg", f, "NFC")
    attempt("kw", f, "NFC", unistr="a")
attempt("lookup missing", unicodedata.lookup, "NO SUCH CHARACTER")
attempt("lookup long", unicodedata.lookup, "A" * 300)
attempt("lookup 256", unicodedata.lookup, "A" * 256)
attempt("lookup int", unicodedata.lookup, 5)
attempt("lookup bytearray", unicodedata.lookup, bytearray(b"SPACE"))
attempt("lookup none", unicodedata.lookup)
attempt("lookup nonascii", unicodedata.lookup, "\xe9")
attempt("lookup empty", unicodedata.lookup, "")
attempt("lookup hangul bad", unicodedata.lookup, "HANGUL SYLLABLE QQQ")
attempt("lookup cjk bad", unicodedata.lookup, "CJK UNIFIED IDEOGRAPH-0041")
attempt("lookup cjk short", unicodedata.lookup, "CJK UNIFIED IDEOGRAPH-4E0")
attempt("lookup tangut", unicodedata.lookup, "TANGUT IDEOGRAPH-17000")
attempt("old alias", unicodedata.ucd_3_2_0.lookup, "BYTE ORDER MARK")
attempt("old sequence", unicodedata.ucd_3_2_0.lookup, "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE")
attempt("old new char", unicodedata.ucd_3_2_0.lookup, "LATIN SMALL LETTER D WITH CURL")
attempt("UCD()", unicodedata.UCD)
attempt("set version", setattr, unicodedata.ucd_3_2_0, "unidata_version", "1")
attempt("new attr", setattr, unicodedata.ucd_3_2_0, "x", 1)
