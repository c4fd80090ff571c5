# Code objects through marshal (after running, so specialised instructions are written generic), bad data, dump/load on files.
import marshal

def outer(a, b=2, *args, k=3, **kw):
    total = a + b
    def inner(x):
        return x + total
    for i in range(3):
        try:
            total += inner(i)
        except ZeroDivisionError as e:
            pass
    return total, args, k, kw

outer(1)  # run once so the specialiser rewrites instructions
code = marshal.loads(marshal.dumps(outer.__code__))
print(code.co_name, code.co_qualname, code.co_varnames, code.co_freevars, code.co_cellvars, code.co_argcount,
      code.co_kwonlyargcount, code.co_flags == outer.__code__.co_flags, code.co_firstlineno)
print(code.co_code == outer.__code__.co_code, code.co_linetable == outer.__code__.co_linetable,
      code.co_exceptiontable == outer.__code__.co_exceptiontable, code.co_consts[0])
f = type(outer)(code, globals(), "outer", outer.__defaults__)
f.__kwdefaults__ = outer.__kwdefaults__
print(f(1), f(5, 6, 7, k=8, z=9))
module = compile("x = [i * 2 for i in range(4)]\nprint('module', x)\n", "<m>", "exec")
exec(marshal.loads(marshal.dumps(module)))
print(marshal.loads(marshal.dumps(module)).co_filename)
for bad in [b'', b'N' + b'', b'\x99', b'r\x05\x00\x00\x00', b'(\x02\x00\x00\x00N', b'l\x01\x00\x00\x00\x00\x80',
            b'l\x01\x00\x00\x00\x00\x00', b'0', b'[\x01\x00\x00\x000', b'{N0', b's\xff\xff\xff\xff', b'i\x01',
            b'c' + b'\x00' * 40]:
    try:
        print(repr(marshal.loads(bad)))
    except Exception as e:
        print(type(e).__name__, e)
for v in [object(), [object()], int, print]:
    try:
        marshal.dumps(v)
    except Exception as e:
        print(type(e).__name__, e)
l = []
for i in range(3000):
    l = [l]
try:
    marshal.dumps(l)
except Exception as e:
    print(type(e).__name__, e)
import io
buf = io.BytesIO()
marshal.dump((1, 'two', [3.0]), buf)
marshal.dump({'k': b'v'}, buf, 2)
buf.seek(0)
print(marshal.load(buf), marshal.load(buf))
try:
    marshal.load(buf)
except EOFError as e:
    print('EOFError', e)
print(marshal.version)
print(marshal.loads(memoryview(marshal.dumps([1, 'a']))), marshal.loads(bytearray(b'N')))
