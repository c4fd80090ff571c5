# Groups and the Match API.
import copy, re

m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?: (?P<extra>x))?', 'Jane Doe rest')
print(m, m.group(), m.group(0), m.group(1, 2), m.group('first', 'last', 3))
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict(default=0))
print(m.start(), m.end(), m.span(), m.start(2), m.end('last'), m.span('extra'), m.span(3))
print(m[0], m['first'], m[2], m.regs, m.lastindex, m.lastgroup, m.pos, m.endpos, m.re is not None)
print(m.string, m.expand(r'\2, \g<first> \g<1>!'), m.expand(r'[\g<extra>]'), m.group(True))
print(copy.copy(m) is m, copy.deepcopy(m) is m, bool(m), re.Match[str], type(m).__name__)
for bad in (4, -1, 'nope', 2**80, 1.5):
    try:
        print(m.group(bad))
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
for call in (lambda: m.start(1, 2), lambda: m.group(x=1), lambda: m.span(group=1), lambda: m.groups(1, 2),
             lambda: m.expand(), lambda: m.expand(r'\9'), lambda: m.expand(r'\g<zz>')):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

# lastindex and lastgroup follow the last group closed.
for p, s in [('(a)(b)', 'ab'), ('(a(b))', 'ab'), ('(a)|(b)', 'b'), ('(?P<x>a)(?P<y>b)?', 'a'), ('a', 'a'),
             ('((a)|b)+', 'ab'), ('(?:(a)|b)*', 'ab'), ('(a)*', 'aaa'), ('(a|b)*?c', 'abc'), ('(?P<n>a)+', 'aa')]:
    m = re.match(p, s)
    print(p, m.groups(), m.lastindex, m.lastgroup, m.regs)

# Groups inside repeats keep their last iteration; failed branches reset marks.
for p, s in [(r'(a*)+', 'b'), (r'(a*)*', 'b'), (r'(a|b)*', 'ab'), (r'(?:(x)|y)+', 'xy'), (r'(?:(a)|(b))+', 'ab'),
             (r'((a)|(b))*c', 'abc'), (r'(a)?(b)?c', 'bc'), (r'(?:a(b)?)+', 'aba'), (r'(a+)+b', 'aab')]:
    print(p, re.match(p, s).groups())

print(re.compile('(?P<x>a)(?P<y>b)').groupindex, re.compile('(a)').groupindex, re.compile('(a)(b)').groups)
print(repr(re.match('x' * 60, 'x' * 60)), repr(re.match(b'\x00a', b'\x00a')), repr(re.match("'", "'")))
class S(str):
    pass
m = re.match('(.)(.*)', S('abc'))
print(type(m.group()).__name__, type(m.group(1)).__name__, type(m.string).__name__, m.group(2))
