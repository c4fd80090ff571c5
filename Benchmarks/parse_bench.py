"""CPython's half of parse_throughput.sh.

    parse_bench.py files DIR
        Prints, sorted, every .py file under DIR (site-packages and dist-packages
        left out) that this CPython parses: the list all contenders then share.
    parse_bench.py {ast,compile} [--repeat N] [--files-from LIST] [FILE ...]
        Times ast.parse(source, path), or compile(source, path, "exec"), over the
        files as ParseBench times Krait: all files read into memory, one untimed
        pass, then N timed passes. Prints the same key=value line as ParseBench
        (without its `nodes`).
    parse_bench.py report RESULTS
        Prints the table of RESULTS, whose lines are "CONTENDER key=value ...".
"""

import argparse
import ast
import os
import statistics
import sys
import time
import warnings

CONTENDERS = {
    "krait": "Krait PythonParser.parse",
    "ast": "CPython ast.parse",
    "compile": "CPython compile(…, 'exec')",
}


def list_files(root):
    for directory, subdirectories, files in os.walk(root):
        subdirectories[:] = sorted(d for d in subdirectories
                                   if d not in ("site-packages", "dist-packages"))
        for name in sorted(files):
            path = os.path.join(directory, name)
            if not name.endswith(".py"):
                continue
            with open(path, "rb") as f:
                source = f.read()
            try:
                ast.parse(source, path)
            except (SyntaxError, ValueError):
                continue
            print(path)


def parse_all(parse, sources):
    errors = 0
    for path, source in sources:
        try:
            parse(source, path)
        except SyntaxError:
            errors += 1
    return errors


def measure(mode, repeats, paths):
    def parse(source, path):
        if mode == "ast":
            return ast.parse(source, path)
        return compile(source, path, "exec")

    sources = []
    for path in paths:
        with open(path, "rb") as f:
            sources.append((path, f.read()))
    size = sum(len(source) for _, source in sources)
    errors = parse_all(parse, sources)
    start = time.perf_counter()
    for _ in range(repeats):
        parse_all(parse, sources)
    elapsed = time.perf_counter() - start
    print(f"files={len(sources)} bytes={size} repeats={repeats} seconds={elapsed:.3f} "
          f"MB/s={size * repeats / elapsed / 1e6:.2f} errors={errors}")


def report(results_path):
    rates = {}
    errors = {}
    with open(results_path) as f:
        for line in f:
            contender, *pairs = line.split()
            fields = dict(pair.split("=", 1) for pair in pairs)
            rates.setdefault(contender, []).append(float(fields["MB/s"]))
            errors[contender] = max(errors.get(contender, 0), int(fields["errors"]))
    krait = statistics.median(rates["krait"])
    print(f"{'contender':30} {'median MB/s':>12} {'best MB/s':>10} {'Krait is x times as fast':>25}")
    for contender, label in CONTENDERS.items():
        median = statistics.median(rates[contender])
        print(f"{label:30} {median:12.2f} {max(rates[contender]):10.2f} {krait / median:25.2f}")
    for contender, count in errors.items():
        if count:
            print(f"warning: {CONTENDERS[contender]} rejected {count} of the files")


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("files").add_argument("dir")
    for mode in ("ast", "compile"):
        timing = commands.add_parser(mode)
        timing.add_argument("--repeat", type=int, default=1)
        timing.add_argument("--files-from")
        timing.add_argument("paths", nargs="*")
    commands.add_parser("report").add_argument("results")
    arguments = parser.parse_args()

    # Old test modules hold invalid escapes; their warnings are noise here.
    warnings.simplefilter("ignore")
    if arguments.command == "files":
        list_files(arguments.dir)
    elif arguments.command == "report":
        report(arguments.results)
    else:
        paths = list(arguments.paths)
        if arguments.files_from:
            with open(arguments.files_from) as f:
                paths += f.read().splitlines()
        if not paths:
            sys.exit("parse_bench.py: no files to parse")
        measure(arguments.command, arguments.repeat, paths)


if __name__ == "__main__":
    main()
