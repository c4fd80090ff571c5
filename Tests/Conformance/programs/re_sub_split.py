# sub, subn, split, findall, finditer, scanners and re.Scanner.
import re

print(re.sub(r'(\d+)', r'<\1>', 'a1b22c'), re.sub('a', 'b', 'aaa', count=2), re.subn('a', 'b', 'aaa'))
print(re.sub('x*', '-', 'abxd'), re.sub('', '-', 'abc'), re.subn('(?=b)', '^', 'abab'))
print(re.sub(r'(?P<w>\w+)', r'\g<w>\g<0>', 'hi yo'), re.sub('(a)|b', r'[\1]', 'ab'))
print(re.sub(r'\w', lambda m: m.group().upper() * 2, 'ab c'), re.sub('a', lambda m: None and 'x', 'bab'))
print(re.sub(r'\s', r'\n\t\\', 'a b'), re.sub('a', r'\101\0', 'a'), re.sub('.', '', 'abc'))
print(repr(re.sub('a', 'b', '')), re.sub('b', 'c', 'abab', flags=re.I), re.sub('(?i)B', 'c', 'aBab'))
for bad in (r'\9', r'\g<x>', r'\g<1', 'x\\', r'\q'):
    try:
        re.sub('(a)', bad, 'a')
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub('a', lambda m: 5, 'a')
except TypeError as e:
    print(e)

print(re.split(r'\W+', 'a, b; c'), re.split(r'(\W+)', 'a, b'), re.split(',', 'a,b,c', maxsplit=1))
print(re.split('x*', 'axbc'), re.split('', 'ab'), re.split('(a)|(x)', 'bab'), re.split('b', ''))
print(re.split(r'(?=c)', 'abcabc'), re.split('a', 'aaa', -1), re.split(r'\b', 'a b'))

print(re.findall(r'\d', 'a1b2'), re.findall(r'(\w)(\d)?', 'a1b'), re.findall(r'(a)', 'aa'), re.findall('', 'ab'))
print(re.findall('a|', 'aba'), re.findall(r'\b', 'ab cd'), re.findall('(?:a|b)+', 'abxba'))
print(re.compile('a').findall('aaaa', 1, 3), re.findall('(a)(b)?', 'aab'))

r = re.compile(r'\d+')
print([(m.span(), m.group()) for m in r.finditer('1 22 333', 2)], [m.span() for m in re.finditer('', 'ab')])
it = r.finditer('1 2')
print(type(it).__name__, next(it).group(), next(it).group(), next(it, None))
s = r.scanner('12 345 6')
print(s.pattern is r, [m and m.group() for m in (s.search(), s.match(), s.search(), s.search(), s.search())])
s = re.compile('a*').scanner('aab')
print([m and m.span() for m in (s.match(), s.match(), s.match(), s.match())])

scanner = re.Scanner([(r'\d+', lambda sc, t: ('NUM', int(t))), (r'[a-z]+', lambda sc, t: ('ID', t)),
                      (r'\s+', None), (r'[+*]', lambda sc, t: t)])
print(scanner.scan('x + 12*y3 ?'))
