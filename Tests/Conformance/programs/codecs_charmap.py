# Charmap codecs: charmap_decode/encode with str, dict and EncodingMap mappings and
# their checks, charmap_build, and the 8-bit codecs of the encodings package (every
# byte decoded and encoded back).
import codecs

def show(f):
    try:
        return ascii(f())
    except Exception as e:
        return '%s: %s %r %r' % (type(e).__name__, ascii(str(e)), getattr(e, 'start', None), getattr(e, 'end', None))

table = 'abc\ufffe\u20ac'
mapping = {97: 'A', 98: 66, 99: None, 100: 'xyz', 101: 0xfffe, 0: '', 102: '\ufffe'}
for data in [b'', b'abc', b'ab\x03\x04', b'\x05', b'adef\x00g']:
    print(ascii(data), [show(lambda: codecs.charmap_decode(data, h, m)) for m in (None, table, mapping) for h in ('strict', 'replace', 'backslashreplace')])
print(show(lambda: codecs.charmap_decode(b'a', None, {97: 0x110000})), show(lambda: codecs.charmap_decode(b'a', None, {97: -1})),
      show(lambda: codecs.charmap_decode(b'a', None, {97: b'x'})), show(lambda: codecs.charmap_decode(b'a', None, [ord('q')] * 98)),
      show(lambda: codecs.charmap_decode(b'a', None, 5)))
emap = codecs.charmap_build('\x00' + ''.join(chr(0x400 + i) for i in range(255)))
encmap = {ord('a'): 1, ord('b'): b'BB', ord('c'): None, 0x20ac: 200, ord('?'): 63, ord('&'): 38, ord('#'): 35, ord(';'): 59}
for ch in '0123456789':
    encmap[ord(ch)] = ord(ch)
for s in ['', 'abc', 'ab\u20ac', '\u0401\u0402x', 'zz\u0410', '\x00']:
    print(ascii(s), [show(lambda: codecs.charmap_encode(s, h, m)) for m in (None, encmap, emap) for h in ('strict', 'replace', 'xmlcharrefreplace', 'ignore', 'backslashreplace')])
print(show(lambda: codecs.charmap_encode('a', None, {97: 256})), show(lambda: codecs.charmap_encode('a', None, {97: 'x'})), show(lambda: codecs.charmap_encode('a', None, 1)))
print(type(emap).__name__, emap.size(), show(lambda: type(emap)()), type(emap).size.__doc__)
for m in ['abc', '\x00abc', '\x00' + 'b' * 300, '\x00\U00010000', ''.join(chr(i) for i in range(256)), '\x00' + ''.join(chr(0x100 * i) for i in range(1, 255)), '', 5]:
    built = show(lambda: codecs.charmap_build(m))
    print(built if 'EncodingMap' not in built else 'EncodingMap %d' % codecs.charmap_build(m).size())
import encodings.cp1252
print(encodings.cp1252.encoding_table.size(), len(encodings.cp1252.decoding_table))
all_bytes = bytes(range(256))
for enc in ['cp1252', 'cp1251', 'cp437', 'cp850', 'cp866', 'koi8_r', 'koi8_u', 'mac_roman', 'mac_cyrillic', 'iso8859_2', 'iso8859_5', 'iso8859_7',
            'iso8859_8', 'iso8859_15', 'cp037', 'cp500', 'hp_roman8', 'tis_620', 'cp874', 'kz1048', 'ptcp154', 'palmos', 'cp1255', 'cp864']:
    decoded = all_bytes.decode(enc, 'replace')
    back = decoded.encode(enc, 'replace')
    print(enc, ascii(decoded[120:140]), decoded.count('\ufffd'), back == all_bytes or sum(a != b for a, b in zip(back, all_bytes)), show(lambda: '\u4e00'.encode(enc)))
print('привет'.encode('koi8_r'), b'\xd0\xd2\xc9\xd7\xc5\xd4'.decode('koi8-r'), '€’“”'.encode('windows-1252'), b'\x80\x93\x94'.decode('cp1252'))
print(show(lambda: b'\x81'.decode('cp1252')), show(lambda: 'a\u4e00b'.encode('cp1252', 'namereplace')), show(lambda: '\udc80\udc81'.encode('cp1252', 'surrogateescape')))
