# text processing: word frequencies, justification, run-length encoding, caesar cipher, and a tiny tokenizer
text = """The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs! Quick, quick: the end."""
words = [w.strip(".,;:!").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
print(top, len(words), len(freq))

def justify(words, width):
    lines, line = [], []
    for w in words:
        if sum(map(len, line)) + len(line) + len(w) > width:
            lines.append(line)
            line = []
        line.append(w)
    lines.append(line)
    out = []
    for ln in lines[:-1]:
        gaps = len(ln) - 1 or 1
        spaces = width - sum(map(len, ln))
        s = ""
        for i, w in enumerate(ln):
            s += w
            if i < gaps:
                s += " " * (spaces // gaps + (i < spaces % gaps))
        out.append(s)
    out.append(" ".join(lines[-1]).ljust(width))
    return out
for ln in justify(text.split()[:12], 24):
    print(f"|{ln}|")

def rle(s):
    out = []
    for ch in s:
        if out and out[-1][0] == ch:
            out[-1][1] += 1
        else:
            out.append([ch, 1])
    return "".join(f"{c}{n}" if n > 1 else c for c, n in out)
print(rle("aaabccddddde"), rle(""), rle("abc"))

def caesar(s, k):
    def shift(c):
        if c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            return chr((ord(c) - base + k) % 26 + base)
        return c
    return "".join(map(shift, s))
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))

def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(("NUM", src[i:j]))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("NAME", src[i:j]))
            i = j
        elif src.startswith(("==", "<=", ">=", "!="), i):
            tokens.append(("OP", src[i:i + 2]))
            i += 2
        elif c in "+-*/()<>=":
            tokens.append(("OP", c))
            i += 1
        else:
            raise SyntaxError(f"unexpected {c!r} at {i}")
    return tokens
print(tokenize("x1 = (y + 3.5) * 2 >= z_"))
try:
    tokenize("a $ b")
except SyntaxError as e:
    print(type(e).__name__, e)
