# The _sre module's API, argument errors, reprs, hashing and code validation.
import _sre, copy, re, weakref

print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, repr(_sre.copyright), _sre.__doc__, _sre.getcodesize())
print(sorted(n for n in dir(_sre) if not n.startswith('__')))
print(_sre.ascii_iscased(ord('a')), _sre.ascii_iscased(0xe9), _sre.unicode_iscased(0xe9), _sre.unicode_iscased(0xdf),
      _sre.ascii_tolower(ord('Q')), _sre.unicode_tolower(0x130), _sre.unicode_tolower(0x1e9e), _sre.unicode_tolower(-5),
      _sre.ascii_iscased(-1), _sre.unicode_tolower(0x110000), _sre.ascii_tolower(True))
print(_sre.compile.__text_signature__, re.Pattern.match.__text_signature__, re.Match.start.__text_signature__)
print(re.Pattern.__doc__, re.Pattern.__module__, re.Match.__module__, type(re.compile('').scanner('')).__name__)
print(re.Pattern.sub.__doc__, re.Match.groups.__doc__, re.Pattern.groups.__doc__, sep='\n')

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

p = re.compile('a(b)?')
m = p.match('ab')
for f in [lambda: p.match(), lambda: p.match('a', pattern='x'), lambda: p.match(string='ab', pos=1), lambda: p.match('ab', 'x'),
          lambda: p.match('ab', 2**70), lambda: p.match('ab', 1, 2, 3), lambda: p.match(1), lambda: p.search(None),
          lambda: p.sub('x', 'a', count='3'), lambda: p.sub('x'), lambda: p.split(), lambda: p.findall('a', endpos=1.5),
          lambda: p.__copy__(1), lambda: p.__deepcopy__(), lambda: m.__copy__(1), lambda: m.__deepcopy__(1, 2),
          lambda: p.scanner('a').match(1), lambda: p.scanner('aa').search(x=1), lambda: m.start(group=1),
          lambda: re.Pattern(), lambda: re.Match(), lambda: type(p.scanner(''))(), lambda: re.Pattern.__class_getitem__(),
          lambda: p < p, lambda: p == 'a(b)?', lambda: p.flags, lambda: p.groups, lambda: p.pattern,
          lambda: copy.copy(p) is p, lambda: copy.deepcopy(p) is p, lambda: weakref.ref(p)() is p,
          lambda: hash(p) == hash(re.compile('a(b)?')), lambda: re.compile('a') == re.compile('a', re.I),
          lambda: re.compile(b'a') == re.compile('a'), lambda: re.compile('a') != re.compile('a'),
          lambda: len({re.compile('x'), re.compile('x'), re.compile('y')}), lambda: p.groupindex,
          lambda: re.compile('(?P<k>.)').groupindex, lambda: re.Pattern[bytes], lambda: p.match('a').regs]:
    attempt(f)

# _sre.compile checks its arguments and validates the code, as CPython's _validate.
for args in [('a', 0, [1], 0, {}, ()), ('a', 0, (1,), 0, {}, ()), ('a', 0, [1], 0, [], ()), ('a', 0, [1], 0, {}, None),
             ('a', 0, ['x', 1], 0, {}, ()), ('a', 0, [-1, 1], 0, {}, ()), ('a', 0, [2**40, 1], 0, {}, ()),
             ('a', 0, [2**70, 1], 0, {}, ()), ('a', 0, [17, 97, 0], 0, {}, ()), ('a', 0, [], 0, {}, ()),
             ('a', 0, [16, 97, 1], 0, {}, ()), (1, 0, [1], 0, {}, ()), ('a', '0', [1], 0, {}, ()),
             ('a', 0, [17, 5, 1], 1, {}, ()), ('a', 0, [11, 0, 1], 0, {}, ()), ('a', 0, [13, 3, 16, 97, 0, 1], 0, {}, ()),
             ('a', 0, [13, 3, 16, 97, 1], 0, {}, ()), ('a', 0, [24, 5, 0, 1, 2, 1, 1], 0, {}, ()),
             ('a', 0, [24, 6, 0, 2**32 - 1, 2, 1, 1], 0, {}, ()), ('a', 0, [15, 1, 1], 0, {}, ()),
             ('a', 0, [6, 99, 1], 0, {}, ()), ('a', 0, [8, 99, 1], 0, {}, ()), ('a', 0, [99, 1], 0, {}, ()),
             (None, 0, [16, 120, 1], 0, {}, ()), ('a', 0, [1], -1, {}, ()), ('a', 0, [18, 1], 0, {}, ())]:
    try:
        q = _sre.compile(*args)
        print('ok', q, q.match('xa' if args[0] is None else 'x'))
    except Exception as e:
        print(type(e).__name__, e)
try:
    _sre.compile()
except TypeError as e:
    print(e)
q = _sre.compile(None, 0, [16, 120, 1], 0, {}, ())
print(q.match(b'x'), q.match('x'), q.search(bytearray(b'yx')), repr(q))

# Reprs: patterns cut at 200 characters, matches at 50.
for pattern in ('x' * 300, "'", '"\'', 'é\n', b'a\x00', 'a' * 199 + '\u20ac'):
    print(repr(re.compile(pattern)))
print(repr(re.match('.*', 'y' * 70)), repr(re.match(b'.*', b'\xff' * 30)), repr(re.match('', '')))
