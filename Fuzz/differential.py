"""Differential fuzzing of Krait's parser against CPython 3.11.

    python3.11 Fuzz/differential.py KRAIT [seconds] [seed]

Mutates small Python programs (the invalid-program corpus and short stdlib modules)
at the token level and byte level, and runs each mutant through CPython's
`ast.parse` + `ast.dump(..., include_attributes=True)` and through
`KRAIT --dump-ast`. Any difference — in the dump, or in the SyntaxError CPython
prints (class, message, line, caret positions) — is written to .fuzz/differences/
as the mutant itself plus a `.txt` with both outputs. Exit status 1 when any was
found. Mutants that make CPython raise something other than SyntaxError (e.g.
MemoryError, RecursionError from ast construction) are skipped.
"""
import ast
import os
import random
import subprocess
import sys
import sysconfig
import tempfile
import time
import tokenize
import traceback
import io

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, ".fuzz", "differences")

FRAGMENTS = [
    "(", ")", "[", "]", "{", "}", ":", ",", ";", "=", "==", ":=", "*", "**", "->", ".",
    "...", "@", "\\", "\n", "    ", "\t", "#", "'", '"', '"""', "f'", "b'", "r'", "{x}",
    "if", "else", "elif", "for", "in", "not", "is", "lambda", "yield", "await", "async",
    "def", "class", "return", "import", "from", "as", "with", "try", "except", "except*",
    "finally", "while", "match", "case", "_", "del", "global", "nonlocal", "pass",
    "print", "x", "1", "0x", "1e", "1_", "0o8", "1j", "None", "True", "é", "€", "\x01",
]


def seeds():
    corpus = os.path.join(ROOT, "Tests", "ParserTests", "InvalidPrograms", "cases")
    found = [os.path.join(corpus, name) for name in sorted(os.listdir(corpus))]
    stdlib = sysconfig.get_paths()["stdlib"]
    for dirpath, dirnames, filenames in os.walk(stdlib):
        dirnames[:] = [d for d in dirnames if d != "site-packages"]
        for name in filenames:
            path = os.path.join(dirpath, name)
            if name.endswith(".py") and os.path.getsize(path) < 3000:
                found.append(path)
    return [open(path, "rb").read() for path in found]


def token_spans(source):
    try:
        tokens = list(tokenize.tokenize(io.BytesIO(source).readline))
    except Exception:
        return []
    lines = source.split(b"\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    spans = []
    for t in tokens[1:]:
        if t.type in (tokenize.ENDMARKER, tokenize.DEDENT, tokenize.INDENT):
            continue
        (sl, sc), (el, ec) = t.start, t.end
        try:
            a = starts[sl - 1] + len(lines[sl - 1].decode("utf-8")[:sc].encode())
            b = starts[el - 1] + len(lines[el - 1].decode("utf-8")[:ec].encode())
        except (IndexError, UnicodeDecodeError):
            continue
        if a < b:
            spans.append((a, b))
    return spans


def mutate(rng, source):
    spans = token_spans(source)
    for _ in range(rng.randint(1, 3)):
        choice = rng.random()
        if spans and choice < 0.3:
            a, b = rng.choice(spans)
            source = source[:a] + source[b:]
        elif spans and choice < 0.5:
            a, b = rng.choice(spans)
            c, d = rng.choice(spans)
            source = source[:a] + source[c:d] + source[a:]
        elif choice < 0.85:
            at = rng.randrange(len(source) + 1)
            source = source[:at] + rng.choice(FRAGMENTS).encode() + source[at:]
        elif source:
            at = rng.randrange(len(source))
            source = source[:at] + bytes([rng.randrange(256)]) + source[at + 1:]
        spans = token_spans(source) if rng.random() < 0.3 else spans
    return source


def cpython(path, source):
    try:
        tree = ast.parse(source, path)
    except SyntaxError as e:
        return "err", "".join(traceback.format_exception_only(type(e), e))
    except (ValueError, MemoryError, RecursionError):
        return None, None
    return "ok", ast.dump(tree, include_attributes=True) + "\n"


def krait(binary, path):
    result = subprocess.run([binary, "--dump-ast", path], capture_output=True, timeout=20)
    if result.returncode == 0:
        return "ok", result.stdout.decode("utf-8", "replace")
    if result.returncode == 1:
        return "err", result.stderr.decode("utf-8", "replace")
    return "crash", result.stderr.decode("utf-8", "replace")[-2000:]


def main():
    binary = os.path.abspath(sys.argv[1])
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 120
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else None)
    os.makedirs(OUT, exist_ok=True)
    pool = seeds()
    deadline = time.time() + seconds
    runs = differences = 0
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "mutant.py")
        while time.time() < deadline:
            mutant = mutate(rng, rng.choice(pool))
            with open(path, "wb") as f:
                f.write(mutant)
            expected_kind, expected = cpython(path, mutant)
            if expected_kind is None:
                continue
            got_kind, got = krait(binary, path)
            runs += 1
            if (expected_kind, expected) != (got_kind, got):
                differences += 1
                name = os.path.join(OUT, "diff%04d" % differences)
                with open(name + ".py", "wb") as f:
                    f.write(mutant)
                with open(name + ".txt", "w") as f:
                    f.write("CPython (%s):\n%s\nKrait (%s):\n%s\n" % (expected_kind, expected[:3000],
                                                                    got_kind, got[:3000]))
    print("%d mutants, %d differences (in %s)" % (runs, differences, OUT))
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
