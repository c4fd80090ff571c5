#!/usr/bin/env python3.11
"""Differential check of `ast` between Krait and CPython 3.11.

For every .py file given (directories are searched), both interpreters print
`ast.dump(ast.parse(source), include_attributes=True)` (a digest of it, or the
error); the dumps must be identical. Krait also checks, per file, that compiling
the parsed tree gives the same code as compiling the source, and that
`ast.unparse` of the tree parses back to the same tree.

    scripts/ast-differential.py .build/debug/krait Tests/Conformance/programs /usr/lib/python3.11
"""
import hashlib
import os
import subprocess
import sys
import tempfile

DRIVER = r'''
import ast, sys
from _sha512 import sha512
roundtrip = sys.argv[1] == "1"

def code_digest(code, h):
    h.update(code.co_code)
    h.update(repr(code.co_names).encode())
    h.update(repr(code.co_varnames).encode())
    h.update(repr(list(code.co_positions())).encode())
    for c in code.co_consts:
        if hasattr(c, "co_code"):
            code_digest(c, h)
        else:
            h.update(repr(c).encode())

with open(sys.argv[2]) as listing:
    paths = listing.read().split("\n")
for path in paths:
    if not path:
        continue
    try:
        with open(path, "rb") as f:
            source = f.read()
        tree = ast.parse(source, path)
        text = ast.dump(tree, include_attributes=True)
        result = sha512(text.encode("utf-8", "surrogatepass")).hexdigest()
    except BaseException as e:
        print(path, "error", type(e).__name__, str(e)[:200].replace("\n", " "), flush=True)
        continue
    extra = ""
    if roundtrip:
        try:
            direct = sha512()
            code_digest(compile(source, path, "exec", dont_inherit=True), direct)
            converted = sha512()
            code_digest(compile(tree, path, "exec", dont_inherit=True), converted)
            if direct.digest() != converted.digest():
                extra += " compile(tree)-differs"
        except SyntaxError:
            pass
        except BaseException as e:
            extra += " compile(tree)-failed:" + type(e).__name__ + ":" + str(e)[:100].replace("\n", " ")
        try:
            again = ast.dump(ast.parse(ast.unparse(tree)))
            if again != ast.dump(tree):
                extra += " unparse-differs"
        except BaseException as e:
            extra += " unparse-failed:" + type(e).__name__
    print(path, result + extra, flush=True)
'''


def files(roots):
    for root in roots:
        if os.path.isfile(root):
            yield root
            continue
        for directory, dirs, names in os.walk(root):
            dirs.sort()
            for name in sorted(names):
                if name.endswith(".py"):
                    yield os.path.join(directory, name)


def run(interpreter, paths, roundtrip):
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(DRIVER)
        driver = f.name
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write("\n".join(paths))
        listing = f.name
    try:
        done = subprocess.run([interpreter, driver, "1" if roundtrip else "0", listing],
                              capture_output=True, text=True, errors="replace")
    finally:
        os.unlink(driver)
        os.unlink(listing)
    results = {}
    for line in done.stdout.splitlines():
        path, _, rest = line.partition(" ")
        results[path] = rest
    if done.returncode != 0:
        print(f"{interpreter} exited with {done.returncode}: {done.stderr[-2000:]}", file=sys.stderr)
    return results


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    krait, roots = sys.argv[1], sys.argv[2:]
    paths = list(files(roots))
    expected = run(sys.executable, paths, roundtrip=False)
    actual = run(krait, paths, roundtrip=True)
    failures = 0
    for path in paths:
        want, got = expected.get(path, "missing"), actual.get(path, "missing")
        dump, _, checks = got.partition(" ") if not got.startswith("error") else (got, "", "")
        if dump != want or checks:
            failures += 1
            print(f"{path}: expected {want[:80]!r}, got {got[:300]!r}")
    print(f"{len(paths) - failures}/{len(paths)} files agree")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
