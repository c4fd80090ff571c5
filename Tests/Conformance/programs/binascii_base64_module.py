# base64.py over the native binascii: standard, URL-safe, base32 (and hex), base16,
# base85 and ascii85, encodebytes and the legacy file functions, with their errors.
# gc-stress-interval: 50 (imports base64, whose re and struct take half an hour to load when every allocation collects)
import base64
import io

data = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)), b"\xfb\xff\xfe" * 9]
for d in data:
    e64 = base64.b64encode(d)
    assert base64.b64decode(e64) == d and base64.b64decode(e64, validate=True) == d
    u = base64.urlsafe_b64encode(d)
    assert base64.urlsafe_b64decode(u) == d
    s = base64.standard_b64encode(d)
    e32 = base64.b32encode(d)
    assert base64.b32decode(e32) == d and base64.b32decode(e32.lower(), casefold=True) == d
    h32 = base64.b32hexencode(d)
    assert base64.b32hexdecode(h32) == d
    e16 = base64.b16encode(d)
    assert base64.b16decode(e16) == d and base64.b16decode(e16.lower(), casefold=True) == d
    e85 = base64.b85encode(d)
    assert base64.b85decode(e85) == d
    a85 = base64.a85encode(d)
    assert base64.a85decode(a85) == d
    print(len(d), e64[:32], u[-8:], s == e64, e32[:24], h32[:16], e16[:16], e85[:20], a85[:20])
    print("  ", base64.b85encode(d, pad=True)[-10:], base64.a85encode(d, foldspaces=True, wrapcol=20, adobe=True)[:40])
    print("  ", base64.encodebytes(d)[-12:], base64.decodebytes(base64.encodebytes(d)) == d)

print(base64.b64encode(b"\xfb\xff\xfe", altchars=b"-_"), base64.b64decode(b"-__-", altchars=b"-_"))
print(base64.b64decode("Zm9v"), base64.urlsafe_b64decode("-_8="), base64.b32decode("MZXW6===", map01="L"))
print(base64.b32decode("MZXW6Y0=".replace("0", "O")), base64.b32decode(b"ONXW2ZJA", map01=b"I"))
print(base64.a85decode(b"<~9jqo^F*2M7/c~>", adobe=True), base64.a85decode(b"z y", foldspaces=True))

def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", r)

attempt("b64 padding", base64.b64decode, b"Zm9")
attempt("b64 validate", base64.b64decode, b"Zm9v!", validate=True)
attempt("b64 lenient", base64.b64decode, b"Zm9v!")
attempt("b64 str", base64.b64decode, "Zm\u20ac9v")
attempt("b64 int", base64.b64encode, 5)
attempt("b32 padding", base64.b32decode, b"MZXW6")
attempt("b32 char", base64.b32decode, b"MZXW6!==")
attempt("b16 odd", base64.b16decode, b"ABC")
attempt("b16 lower", base64.b16decode, b"ab")
attempt("b85 bad", base64.b85decode, b"|~")
attempt("a85 bad", base64.a85decode, b"<~abc", adobe=True)
attempt("a85 z", base64.a85decode, b"az")

inp = io.BytesIO(b"x" * 100)
out = io.BytesIO()
base64.encode(inp, out)
print(out.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue() == b"x" * 100)
