# Lookarounds, backreferences, conditionals, possessive repeats and atomic groups.
import re

cases = [
    (r'foo(?=bar)', 'foobaz foobar'), (r'foo(?!bar)', 'foobar foobaz'), (r'(?<=\$)\d+', 'cost $42'),
    (r'(?<!\$)\b\d+', '$42 17'), (r'(?<=ab|cd)x', 'cdx'), (r'(?<=(a))b', 'ab'), (r'(?=(\w+))\w', 'abc'),
    (r'(?!(a)b)\w+', 'ab ac'), (r'(?<!(a))c', 'bc'), (r'(a)(?=\1)', 'baa'), (r'(?<=a(?=b)b)c', 'abc'),
    (r'(\w)\1', 'abccd'), (r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" \'yo\''), (r'(a)|b\1', 'b'),
    (r'(a*)b\1', 'aabaa'), (r'(?i)(a)\1', 'aA'), (r'(a)?(?(1)b|c)', 'ab c'), (r'(?P<a><)?\w+(?(a)>)', '<x> y'),
    (r'(a)?x(?(1)y)', 'x'), (r'^(?:(a)|b)(?(1)c|d)$', 'bd'),
    (r'a*+a', 'aaa'), (r'a*+b', 'aab'), (r'a++', 'aaa'), (r'a?+a', 'a'), (r'a{1,2}+a', 'aaa'),
    (r'(?:ab)*+ab', 'abab'), (r'(?:ab)*+c', 'ababc'), (r'(a|ab)*+c', 'abc'), (r'(?:a|b)++', 'abba'),
    (r'(?>a*)a', 'aaa'), (r'(?>a*)b', 'aab'), (r'(?>ab|a)c', 'ac'), (r'(?>(a+))a', 'aa'), (r'(?>x|(y))+z', 'xyz'),
    (r'(?:(?>a+)|b)+c', 'aabc'), (r'\d*+\.', '12.5'), (r'[ab]{2}+', 'abab'), (r'(?>(?:a|ab)+)c', 'abc'),
    (r'x(?=a*+b)', 'xaab'), (r'(?<=\b)\w', ' a'), (r'(?<![a-z])\d', 'a1 2'),
]
for p, s in cases:
    m = re.search(p, s)
    print(repr(p), repr(s), m and (m.span(), m.groups()), re.findall(p, s))
for p, s in [(r'(a)*+', 'aaa'), (r'(?:(a)|b)*+', 'ab'), (r'(?>(a)|b)*', 'ab'), (r'(a){2}+', 'aaa'), (r'(a)++b', 'aab')]:
    print(p, re.match(p, s).groups(), re.fullmatch(p, s))
for bad in (r'(?<=a+)b', r'(?<=a|bc)x', r'(?(2)a)', r'\2(a)', r'(?P=x)', r'a**', r'(?>', r'a{2}++'):
    try:
        re.compile(bad)
        print('compiled', bad)
    except re.error as e:
        print(repr(bad), e)
