"""Imports every module of CPython 3.11's sys.stdlib_module_names under krait.

    python3.11 Tests/CPythonSuite/imports.py --krait .build/release/krait
    ... --update     add the modules krait now imports to importable.txt

Each module is imported in a fresh process, first by python3.11 (a module CPython itself
cannot import on this machine, e.g. tkinter without _tkinter, or Windows' msvcrt, is
left out) and then by krait, with a time limit. The check fails when a module listed in
importable.txt no longer imports; the list only grows.
"""
import argparse
import concurrent.futures
import os
import pathlib
import signal
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
IMPORTABLE = HERE / "importable.txt"
# Importing antigravity opens a web browser: BROWSER makes that a no-op.
ENV = dict(os.environ, BROWSER="true", PYTHONHASHSEED="0")


def try_import(executable, module, limit, scratch):
    """'ok', or why `import module` failed in a fresh `executable` process."""
    try:
        done = subprocess.run([executable, "-c", f"import {module}"], cwd=scratch, env=ENV,
                              stdin=subprocess.DEVNULL, capture_output=True, timeout=limit)
    except subprocess.TimeoutExpired:
        return f"timed out after {limit} s"
    if done.returncode == 0:
        return "ok"
    if done.returncode < 0:
        return f"crashed ({signal.Signals(-done.returncode).name})"
    lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
    return lines[-1][:150] if lines else f"exit status {done.returncode}"


def survey(executable, modules, limit, jobs, scratch):
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        results = pool.map(lambda m: try_import(executable, m, limit, scratch), modules)
        return dict(zip(modules, results))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--krait", required=True)
    parser.add_argument("--update", action="store_true")
    parser.add_argument("--timeout", type=int, default=120)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--verbose", action="store_true", help="print each failure")
    args = parser.parse_args()
    krait = str(pathlib.Path(args.krait).resolve())
    names = sorted(sys.stdlib_module_names)
    with tempfile.TemporaryDirectory(prefix="imports-") as scratch:
        cpython = survey(sys.executable, names, args.timeout, args.jobs, scratch)
        candidates = [m for m in names if cpython[m] == "ok"]
        ours = survey(krait, candidates, args.timeout, args.jobs, scratch)
    imported = {m for m, r in ours.items() if r == "ok"}
    expected = set(IMPORTABLE.read_text().split()) if IMPORTABLE.exists() else set()
    lost = sorted(expected - imported)
    for module in candidates:
        if ours[module] != "ok" and (args.verbose or module in expected):
            print(f"{module}: {ours[module]}")
    print(f"krait imports {len(imported)} of the {len(candidates)} stdlib modules that python3.11 "
          f"imports here ({len(names)} names, {len(names) - len(candidates)} not importable by CPython)")
    if args.update:
        IMPORTABLE.write_text("".join(m + "\n" for m in sorted(expected | imported)))
    if lost:
        print(f"{len(lost)} modules no longer import: {' '.join(lost)}")
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main())
