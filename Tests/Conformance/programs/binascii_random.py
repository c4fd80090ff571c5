# binascii on pseudo-random inputs: the decoders over mixed alphabets (valid, near
# valid and junk), the encoders over random bytes, all compared with CPython's output.
import binascii

class Generator:
    # A small linear congruential generator: `random` is a heavy import.
    def __init__(self, seed):
        self.state = seed
    def randrange(self, a, b=None):
        if b is None:
            a, b = 0, a
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2**64
        return a + (self.state >> 33) % (b - a)
    def random(self):
        return self.randrange(1000) / 1000
    def choice(self, seq):
        return seq[self.randrange(len(seq))]

rng = Generator(1234)
alphabets = [b"ABCDabcd0189+/=", b"QUJD=\n \r!", b"=0123456789ABCDEFabcdef_\r\n \t", b" !\"#$%&'()*+,-./0123456789:;<=>?@ABC`\n\r~"]

def show(f, *args, **kwargs):
    try:
        return f(*args, **kwargs)
    except binascii.Error as e:
        return "E:" + str(e)

for round in range(16):
    alphabet = alphabets[round % len(alphabets)]
    text = bytes(rng.choice(alphabet) for _ in range(rng.randrange(0, 24)))
    raw = bytes(rng.randrange(256) for _ in range(rng.randrange(0, 50)))
    results = [show(binascii.a2b_base64, text), show(binascii.a2b_base64, text, strict_mode=True),
               show(binascii.a2b_qp, text), show(binascii.a2b_qp, text, header=True),
               show(binascii.a2b_uu, text), show(binascii.unhexlify, text)]
    encoded = [binascii.b2a_qp(raw, rng.random() < 0.5, rng.random() < 0.5, rng.random() < 0.5),
               binascii.b2a_base64(raw, newline=False), binascii.hexlify(raw, b"_", rng.randrange(-4, 5)),
               binascii.crc32(raw, rng.randrange(2**32)), binascii.crc_hqx(raw, rng.randrange(2**16))]
    if len(raw) <= 45:
        encoded.append(binascii.b2a_uu(raw, backtick=rng.random() < 0.5))
    print(text, results)
    print("  ", encoded)
