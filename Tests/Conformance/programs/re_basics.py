# Matching basics: match, search, fullmatch, anchors, classes, quantifiers,
# alternation, pos and endpos.
import re

def show(p, s, *args, flags=0):
    r = re.compile(p, flags)
    for name in ('match', 'search', 'fullmatch'):
        m = getattr(r, name)(s, *args)
        print(name, repr(p), repr(s), args, m and (m.span(), m.group()))

for p, s in [('abc', 'xabcx'), ('a.c', 'a\nc abc'), ('a.*c', 'abcbc'), ('a.*?c', 'abcbc'),
             ('x*', 'aaa'), ('a+', 'baaa'), ('a{2,3}', 'aaaa'), ('a{2,}?', 'aaaa'), ('a{,2}', 'aaa'),
             ('(ab|a)(c|bcd)', 'abcd'), ('cat|dog|bird', 'hotdog'), ('[a-c]+', 'xxbcay'),
             ('[^a-c]+', 'abxyzc'), (r'\d+\.\d*', 'pi=3.1415'), (r'\s+', 'a \t\nb'),
             (r'\w+', 'héllo wörld'), (r'\bfoo\b', 'afoo foo'), (r'\Bo\B', 'foo'),
             (r'^\w+$', 'word'), (r'^b', 'a\nb'), ('b$', 'ab\n'), (r'b\Z', 'ab\n'), (r'\Aa', 'ba'),
             ('', ''), ('a|', 'b'), ('[]a]', ']'), ('[a-]+', 'a-a'), (r'[\d\-x]+', '1-x2'),
             (r'\x41\u00e9\U0001f600', 'Aé😀'), ('[\u0100-\u0200]+', 'aĀŁǿb'), ('.', '😀'),
             ('(?s).', '\n'), ('(?x) a  b # comment\n c', 'abc'), ('a{3}', 'aa'), ('[^\n]', '\n')]:
    show(p, s)

for p, s, args in [('a', 'bab', (1,)), ('^a', 'ba', (1,)), ('a$', 'ab', (0, 1)), ('a', 'aaa', (5,)),
                   ('', 'abc', (2, 1)), (r'\b', 'ab', (1,)), ('.*', 'abcdef', (-3, 100)), ('b', 'abc', (1, 2))]:
    show(p, s, *args)

# Search tries each position; the INFO prefixes and charsets decide where.
for p in ['needle', 'nee(d)le', 'a(b)c', '(?:ab)+c', '[xy]z', 'x|y', 'ab*c', 'aab', 'abab']:
    r = re.compile(p)
    print(p, [m.span() for m in r.finditer('aaab abac abababc needlenee needle xz yz ac abbc')])
print(re.search('(?i)ab', 'xxAB').span(), re.search('^ab', 'xab'), re.search(r'\Ax', 'ax'))
