# ucd_3_2_0 at work: the idna codec and stringprep (nameprep's mapping, its
# normalization under Unicode 3.2.0 and its prohibited characters) on top of it.
# gc-stress-interval: 50 (imports encodings.idna, whose re and stringprep take minutes to load when every allocation collects)
import stringprep
import unicodedata

for label in ["b\u00fccher", "M\u00fcnchen", "\u4f8b\u3048", "\u0645\u062b\u0627\u0644", "stra\u00dfe", "\ufb01le",
              "\u2163", "caf\u00e9", "\u1e9b\u0323"]:
    print(ascii(label), label.encode("idna"), ascii(label.encode("idna").decode("idna")))
print("www.b\u00fccher.example".encode("idna"), b"xn--bcher-kva.example".decode("idna"))
for bad in ["a\u0000b", "\u200ex", "\U000e0001tag", "\u0627a\u0628"]:
    try:
        print(bad.encode("idna"))
    except UnicodeError as e:
        print(type(e).__name__, e)
for ch in "\u00adA\u0221\u3000\u2000\ufb01\U0001d400\u0340":
    print(hex(ord(ch)), stringprep.in_table_a1(ch), stringprep.in_table_b1(ch), ascii(stringprep.map_table_b2(ch)),
          ascii(stringprep.map_table_b3(ch)), stringprep.in_table_c12(ch), stringprep.in_table_c22(ch), stringprep.in_table_d1(ch))
print(ascii(unicodedata.ucd_3_2_0.normalize("NFKC", "\u2163\u00bd\u0221\ufb01")))
