# Flags, character classes of each kind, and case-insensitive matching beyond ASCII.
import re

for p, s, f in [('abc', 'ABC', re.I), ('[a-z]+', 'HeLLo', re.I), ('straße', 'STRASSE', re.I), ('ß', 'ẞ', re.I),
                ('σ', 'Σς', re.I), ('[σ]+', 'Σςσ', re.I), ('k', 'K', re.I), ('[k]', '\u212a', re.I),
                ('i', 'İı', re.I), ('[^a]', 'A', re.I), ('ǆ', 'ǅǄ', re.I), ('[\u0400-\u042f]+', 'привет', re.I),
                ('\U00010400', '\U00010428', re.I), ('[\U00010400-\U0001040f]', '\U00010428', re.I),
                ('(a)\\1', 'aA', re.I), ('(ß)\\1', 'ßẞ', re.I), ('Ǆ', 'ǆ', re.I),
                ('k', '\u212a', re.I | re.A), (r'\w+', 'héllo', re.A), (r'\w+', 'héllo', 0),
                (r'\d+', '١٢3', 0), (r'\d+', '١٢3', re.A), (r'\s+', '\u2003\x1c ', 0), (r'\s+', '\u2003 ', re.A),
                (r'\bé', ' é', 0), (r'\bé', ' é', re.A), ('a.b', 'a\nb', re.S), ('^b', 'a\nb', re.M),
                ('a$', 'a\nb', re.M), (r'a b', 'ab', re.X), ('[^\\W\\d_]+', 'ab1_c', 0), (r'[\w]+', 'ñ_1', 0),
                (r'\W', 'é', re.A), (r'[\s\S]+', 'a\nb', 0), ('(?i:A)b', 'ab', 0), ('(?-i:a)B', 'Ab', re.I),
                ('(?a:\\w)\\w', 'éé', 0), ('(?u)\\w', 'é', 0), ('(?m)^x', 'a\nx', 0)]:
    m = re.search(p, s, f)
    print(repr(p), repr(s), int(f), m and m.span())

# Each flag's repr, and inline flags in the pattern's flags.
for f in (0, re.I, re.M | re.S, re.A, re.U, re.X | re.I, re.I | re.M | re.S | re.U | re.X, re.DEBUG * 0 | 0x1000):
    print(repr(re.compile('x', f)), re.compile('x', f).flags)
print(repr(re.compile(b'x', re.L | re.I)), re.compile('(?i)x').flags, re.compile(b'x').flags, re.compile('(?s)x').flags)
print(re.compile('x', re.I) == re.compile('x', re.I), re.compile('x', re.I) == re.compile('x'), re.compile('x') != 'x')
for bad in (lambda: re.compile(b'x', re.U), lambda: re.compile('x', re.L), lambda: re.compile('x', re.A | re.U)):
    try:
        bad()
    except ValueError as e:
        print(e)

# Case folding of every non-ASCII letter in a range, through sets and literals.
text = ''.join(map(chr, range(0xC0, 0x250)))
for p in (r'[a-z]', r'[à-ÿ]', r'\w', 'ſ', r'[ſ]', 'ä'):
    print(repr(p), len(re.findall(p, text, re.I)), len(re.findall(p, text)))
print(re.findall('(?i)[Ѐ-я]', 'ЀѐЯя'), re.sub('(?i)ǲ', '_', 'ǱǲǳDZ'), re.findall(r'(?i)\u1e9e', 'ßẞ'))
