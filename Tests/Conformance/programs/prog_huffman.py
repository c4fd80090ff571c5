# Huffman codes built from character counts: deterministic tree building with tie-breaking, code table, encode/decode round trip, compression ratio
text = "this is an example of a huffman tree built for a conformance test"
freq = {}
for ch in text: freq[ch] = freq.get(ch, 0) + 1
class Leaf:
    def __init__(self, ch, w): self.ch, self.w = ch, w
class Branch:
    def __init__(self, l, r): self.l, self.r, self.w = l, r, l.w + r.w
nodes = [(w, i, Leaf(ch, w)) for i, (ch, w) in enumerate(sorted(freq.items()))]
counter = len(nodes)
while len(nodes) > 1:
    nodes.sort(key=lambda t: (t[0], t[1]))
    (w1, _, a), (w2, _, b) = nodes[0], nodes[1]
    nodes = nodes[2:] + [(w1 + w2, counter, Branch(a, b))]
    counter += 1
root = nodes[0][2]
codes = {}
def walk(n, prefix):
    if isinstance(n, Leaf): codes[n.ch] = prefix or "0"; return
    walk(n.l, prefix + "0"); walk(n.r, prefix + "1")
walk(root, "")
for ch, code in sorted(codes.items(), key=lambda kv: (len(kv[1]), kv[0])):
    print(repr(ch), freq[ch], code)
bits = "".join(codes[c] for c in text)
def decode(bits):
    out, n = [], root
    for b in bits:
        n = n.l if b == "0" else n.r
        if isinstance(n, Leaf): out.append(n.ch); n = root
    return "".join(out)
print(len(bits), "bits vs", len(text) * 8, f"ratio {len(bits) / (len(text) * 8):.3f}", decode(bits) == text)
print(int(bits[:64], 2).to_bytes(8, "big").hex(), sum(freq[c] * len(codes[c]) for c in freq) == len(bits))
