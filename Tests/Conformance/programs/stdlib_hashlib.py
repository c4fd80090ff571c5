# hashlib's algorithms, through _hashlib (OpenSSL) and the builtin _md5, _sha1, _sha256,
# _sha512, _sha3 and _blake2: digests, copies, attributes, hmac, the KDFs, and errors.
import hashlib, hmac
import _md5, _sha1, _sha256, _sha512, _sha3, _blake2


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print("  ", type(e).__name__, e)
    else:
        print("  ", r)


inputs = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 5]
fixed = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384",
         "sha3_512", "blake2b", "blake2s", "sha512_224", "sha512_256"]
builtin = {
    "md5": _md5.md5, "sha1": _sha1.sha1, "sha224": _sha256.sha224, "sha256": _sha256.sha256,
    "sha384": _sha512.sha384, "sha512": _sha512.sha512, "sha3_224": _sha3.sha3_224,
    "sha3_256": _sha3.sha3_256, "sha3_384": _sha3.sha3_384, "sha3_512": _sha3.sha3_512,
    "shake_128": _sha3.shake_128, "shake_256": _sha3.shake_256,
    "blake2b": _blake2.blake2b, "blake2s": _blake2.blake2s,
}

print("algorithms_guaranteed", sorted(hashlib.algorithms_guaranteed))
for name in fixed:
    h = hashlib.new(name)
    print(name, h.name, h.digest_size, h.block_size)
    for data in inputs:
        print("  ", hashlib.new(name, data).hexdigest())
    # Fed in pieces, from other buffer types, the digest is the same.
    h.update(b"The quick ")
    c = h.copy()
    h.update(memoryview(b"brown fox jumps over the lazy dog"))
    c.update(bytearray(b"brown fox jumps over the lazy dog"))
    print("  ", h.digest() == c.digest() == hashlib.new(name, inputs[2]).digest(), h.hexdigest() == h.digest().hex())
    if name in builtin:
        b = builtin[name](inputs[2], usedforsecurity=False)
        print("  builtin", type(b).__name__, type(b).__module__, b.name, b.digest_size, b.block_size,
              b.hexdigest() == h.hexdigest(), b.copy().digest() == b.digest())

for name in ["shake_128", "shake_256"]:
    h = hashlib.new(name, b"abc")
    print(name, h.name, h.digest_size, h.block_size)
    for length in [0, 1, 16, 32, 100]:
        print("  ", length, h.hexdigest(length))
    b = builtin[name](b"abc")
    print("  builtin", type(b).__name__, b.digest_size, b.block_size, b._capacity_bits, b._rate_bits, b._suffix,
          b.digest(64) == h.digest(64), b.copy().hexdigest(7))
    attempt(lambda: b.digest(-1))
    attempt(lambda: b.digest(1 << 29))
    attempt(lambda: b.digest(length=3))
    attempt(lambda: b.hexdigest())
    attempt(lambda: h.digest())

for name in ["sha3_224", "sha3_256", "sha3_384", "sha3_512"]:
    s = builtin[name]()
    print(name, s._capacity_bits, s._rate_bits, s._suffix, builtin[name].__doc__.splitlines()[-1])

print("blake2")
for ctor in [hashlib.blake2b, hashlib.blake2s]:
    print(ctor.__name__, ctor.SALT_SIZE, ctor.PERSON_SIZE, ctor.MAX_KEY_SIZE, ctor.MAX_DIGEST_SIZE)
    print("  ", ctor(b"abc", digest_size=16).hexdigest())
    print("  ", ctor(b"abc", key=b"secret key").hexdigest())
    print("  ", ctor(b"abc", salt=b"salty", person=b"me").hexdigest())
    print("  ", ctor(b"abc", fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1, inner_size=20,
                     last_node=True).hexdigest())
    k = ctor(key=b"k" * ctor.MAX_KEY_SIZE, digest_size=20)
    k.update(b"chunk")
    print("  ", k.digest_size, k.copy().hexdigest() == k.hexdigest(), k.hexdigest())
    for bad in [dict(digest_size=0), dict(digest_size=ctor.MAX_DIGEST_SIZE + 1), dict(key=b"x" * 65),
                dict(salt=b"x" * 17), dict(person=b"x" * 17), dict(fanout=256), dict(depth=0),
                dict(leaf_size=-1), dict(leaf_size=1 << 32), dict(node_offset=1 << 48), dict(node_depth=256),
                dict(inner_size=-1), dict(key="str"), dict(digest_size=1.5), dict(leaf_size=1.0), dict(data=b"")]:
        print("  ", bad, end="")
        attempt(lambda: ctor(**bad).hexdigest())
    attempt(lambda: ctor(b"a", b"b"))
    attempt(lambda: ctor("text"))
print(_blake2.BLAKE2B_SALT_SIZE, _blake2.BLAKE2S_PERSON_SIZE, _blake2.BLAKE2S_MAX_DIGEST_SIZE, _blake2.__doc__)

print("errors")
for ctor in [hashlib.md5, _md5.md5, _sha256.sha224, _sha3.sha3_256, hashlib.sha3_512, _blake2.blake2b]:
    attempt(lambda: ctor("text"))
    attempt(lambda: ctor(1))
    attempt(lambda: ctor().update("text"))
    attempt(lambda: ctor().update())
    attempt(lambda: ctor().digest(1))
attempt(lambda: _md5.md5(b"a", b"b"))
attempt(lambda: _md5.md5(data=b"a"))
attempt(lambda: _sha3.sha3_384(string=b"a"))
attempt(lambda: type(_md5.md5())())
attempt(lambda: hashlib.new("nonexistent"))
attempt(lambda: hashlib.new("md5", "text"))
print(repr(_sha256.sha256()).split(" object")[0], repr(hashlib.md5()).split(" object")[0])
print(_sha512.SHA384Type, _sha256.SHA224Type, _md5.MD5Type, _sha1.SHA1Type)

print("hmac")
for digest in ["md5", "sha1", "sha256", "sha3_256", "blake2b", hashlib.sha512]:
    m = hmac.new(b"key", b"The quick brown fox", digest)
    c = m.copy()
    m.update(b" jumps")
    print("  ", m.name, m.digest_size, m.block_size, m.hexdigest(), c.hexdigest())
    print("  ", hmac.digest(b"key", b"msg", digest).hex(), hmac.compare_digest(m.digest(), m.copy().digest()))
attempt(lambda: hmac.new(b"key"))
attempt(lambda: hmac.new("key", digestmod="sha256"))
attempt(lambda: hmac.compare_digest("a", b"a"))
attempt(lambda: hmac.compare_digest("\u00e9", "\u00e9"))

print("pbkdf2_hmac")
for name in ["sha1", "sha256", "sha512"]:
    print("  ", hashlib.pbkdf2_hmac(name, b"password", b"salt", 2).hex())
    print("  ", hashlib.pbkdf2_hmac(name, b"password", b"salt", 3, dklen=10).hex())
attempt(lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 0))
attempt(lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 1, dklen=0))
attempt(lambda: hashlib.pbkdf2_hmac("unknown", b"p", b"s", 1))

print("scrypt")
print("  ", hashlib.scrypt(b"password", salt=b"NaCl", n=16, r=8, p=1, dklen=32).hex())
for params in [dict(n=3, r=1, p=1), dict(n=4, r=0, p=1), dict(n=2 ** 15, r=8, p=1),
               dict(n=2 ** 14, r=8, p=1, maxmem=16 * 1024 * 1024), dict(n=4, r=1 << 32, p=1),
               dict(n=4.0, r=1, p=1), dict(n=-4, r=1, p=1), dict(n=4, r=1, p=1, maxmem=-1),
               dict(n=4, r=1, p=1, dklen=0), dict(r=1, p=1), dict(n=4, r=1, p=1, maxmem=1 << 64)]:
    print("  ", params, end="")
    attempt(lambda: hashlib.scrypt(b"pw", salt=b"s", **params).hex())
attempt(lambda: hashlib.scrypt(b"pw", n=4, r=1, p=1))
