# str.encode, bytes.decode, str(bytes, …) and codecs.encode/decode with the codecs of
# the encodings package, each error handler, and codecs.open.
import codecs, os

def show(f):
    try:
        return ascii(f())
    except Exception as e:
        return '%s: %s %r %r' % (type(e).__name__, ascii(str(e)), getattr(e, 'start', None), getattr(e, 'end', None))

text = 'Zoë € “quoted” Ωμέγα Привет \u4e00 \U0001f600 \udc80'
handlers = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape']
for enc in ['cp1252', 'koi8_r', 'iso8859_7', 'mac_roman', 'utf-16', 'utf-16-be', 'utf-32-le', 'utf-8-sig', 'utf-7', 'latin-1', 'ascii', 'cp437',
            'unicode_escape', 'raw_unicode_escape', 'U8', 'UTF_16', 'utf32']:
    print(enc, [show(lambda: text.encode(enc, h)) for h in handlers])
    good = text.replace('\udc80', '').encode(enc, 'replace')
    print('  ', show(lambda: good.decode(enc)), show(lambda: str(good, enc)), show(lambda: bytearray(good).decode(enc)), show(lambda: str(memoryview(good), enc)))
    print('  ', show(lambda: (good + b'\xff\xfe\x81').decode(enc, 'replace')), show(lambda: (good[:-1] + b'\x81').decode(enc, 'backslashreplace')))
print(codecs.encode('Hello', 'rot13'), codecs.encode('Hello', 'rot-13'), codecs.decode('Uryyb', 'rot13'), show(lambda: codecs.encode(b'x', 'rot13')))
print('bücher'.encode('punycode'), b'bcher-kva'.decode('punycode'), codecs.encode('münchen', 'punycode'), show(lambda: b'x-\xff'.decode('punycode')))
print(codecs.encode('abc=\xe9'.encode('latin-1'), 'quopri'), codecs.decode(b'a=3Db', 'quopri'))
print(codecs.encode('x', 'utf-8'), codecs.decode(b'\xe2\x82\xac', 'utf-8'), codecs.decode(b'\xff', 'utf-8', 'replace'), codecs.encode('\u20ac', encoding='cp1252', errors='strict'))
print(show(lambda: 'x'.encode('undefined')), show(lambda: b'x'.decode('undefined')), show(lambda: 'x'.encode('no_such_codec')), show(lambda: b'x'.decode('no-such')))
print(b'\xef\xbb\xbfabc'.decode('utf-8-sig'), b'abc'.decode('utf-8-sig'), 'abc'.encode('utf_8_sig'), b'\xff\xfe\x00\x00a\x00\x00\x00'.decode('utf-32'))
print(bytes('€', 'cp1252'), bytearray('€', 'utf-16-le'), str(b'\x80', 'cp1252', 'strict'), str(b'\x81', encoding='cp1252', errors='replace'))
for info in [codecs.lookup('cp1252'), codecs.lookup('utf-16'), codecs.lookup('rot13'), codecs.lookup('unicode_escape')]:
    print(info.name, info.encode.__name__, info.incrementalencoder.__name__, info.streamreader.__name__, getattr(info, '_is_text_encoding', None))
print(codecs.getencoder('latin-1')('é'), codecs.getdecoder('cp1252')(b'\x80'), codecs.iterencode(['a', 'é'], 'utf-16-le').__class__.__name__,
      list(codecs.iterencode(['a', 'é'], 'utf-16')), list(codecs.iterdecode([b'\xff', b'\xfea', b'\x00'], 'utf-16')))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE, codecs.BOM == codecs.BOM_UTF16_LE)

path = '/tmp/krait_codecs_stdlib_test.txt'
with codecs.open(path, 'w', encoding='utf-16') as f:
    f.write('one\ntwo €\n')
    print(type(f).__name__, f.encoding)
with open(path, 'rb') as f:
    print(f.read())
with codecs.open(path, encoding='utf-16') as f:
    print(ascii(f.readline()), ascii(f.readlines()))
with codecs.open(path, 'w', encoding='cp1252', errors='xmlcharrefreplace') as f:
    f.write('a€\u4e00')
with open(path, 'rb') as f:
    print(f.read())
with codecs.open(path, 'rb') as f:
    print(type(f).__name__, f.read())
os.remove(path)
