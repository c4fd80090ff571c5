"""Runs test modules of CPython 3.11's own regression suite under krait and compares.

    python3.11 Tests/CPythonSuite/suite.py --krait .build/release/krait          # every module
    python3.11 Tests/CPythonSuite/suite.py --krait K --ci                        # the CI subset
    python3.11 Tests/CPythonSuite/suite.py --krait K test_int test_list          # some
    ... --update     add the tests krait now passes to expected/
    ... --report     also run them under python3.11 and rewrite README.md's table

Each module runs in a fresh process (record.py) in a scratch directory, with a time
limit. A module passes the check when every test listed in expected/<module>.txt passed;
the lists only grow (--update adds, nothing removes). A crash, a time-out or an import
failure is recorded as the module's status, and the tests it did not reach count as
not passed.
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
RECORD = HERE / "record.py"
EXPECTED = HERE / "expected"
README = HERE / "README.md"
BEGIN, END = "<!-- results begin -->", "<!-- results end -->"


class ModuleRun:
    """The outcomes of one module under one implementation."""

    def __init__(self, module, outcomes, status, log):
        self.module, self.outcomes, self.status, self.log = module, outcomes, status, log

    def count(self, outcome):
        return sum(1 for o in self.outcomes.values() if o == outcome)

    @property
    def passed(self):
        return {t for t, o in self.outcomes.items() if o in ("pass", "xfail")}


def read_modules(ci_only):
    names = []
    for line in (HERE / "modules.txt").read_text().splitlines():
        fields = line.split("#", 1)[0].split()
        if fields and (not ci_only or "ci" in fields[1:]):
            names.append(fields[0])
    return names


def describe_exit(code, timed_out, limit):
    if timed_out:
        return f"timed out after {limit} s"
    if code < 0:
        return f"crashed ({signal.Signals(-code).name})"
    return "ok" if code == 0 else f"exit status {code}"


def run_module(executable, module, limit, scratch):
    """Runs record.py for `module` under `executable` in its own scratch directory."""
    workdir = pathlib.Path(tempfile.mkdtemp(prefix=module + "-", dir=scratch))
    record = workdir / "record.txt"
    log = workdir / "output.txt"
    env = dict(os.environ, PYTHONHASHSEED="0")
    with open(log, "wb") as out:
        process = subprocess.Popen([executable, str(RECORD), "test." + module, str(record)],
                                   cwd=workdir, stdout=out, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL, env=env, start_new_session=True)
        timed_out = False
        try:
            code = process.wait(timeout=limit)
        except subprocess.TimeoutExpired:
            timed_out = True
            os.killpg(process.pid, signal.SIGKILL)
            code = process.wait()
    outcomes = {}
    if record.exists():
        for line in record.read_text(encoding="utf-8", errors="replace").splitlines():
            outcome, _, test = line.partition("\t")
            outcomes[test] = outcome
    status = describe_exit(code, timed_out, limit)
    if status == "ok" and not outcomes:
        status = "no tests ran"
    if not outcomes and code != 0 and not timed_out:
        tail = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-1:]
        if tail:
            status += ": " + tail[0][:120]
    return ModuleRun(module, outcomes, status, log)


def run_all(executable, modules, limit, jobs, scratch):
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(run_module, executable, m, limit, scratch) for m in modules]
        for future in futures:
            yield future.result()


def expected_of(module):
    path = EXPECTED / (module + ".txt")
    return set(path.read_text().split()) if path.exists() else set()


def write_expected(module, tests):
    EXPECTED.mkdir(exist_ok=True)
    (EXPECTED / (module + ".txt")).write_text("".join(t + "\n" for t in sorted(tests)))


def table(krait_runs, cpython_runs):
    rows = ["| module | CPython passes | Krait passes | fail | error | skip | share | Krait's run |",
            "|---|---:|---:|---:|---:|---:|---:|---|"]
    total_c = total_k = 0
    for k in krait_runs:
        c = cpython_runs[k.module]
        both = k.passed & c.passed
        total_c += len(c.passed)
        total_k += len(both)
        share = f"{100 * len(both) / len(c.passed):.0f}%" if c.passed else "-"
        rows.append(f"| {k.module} | {len(c.passed)} | {len(both)} | {k.count('fail')} | "
                    f"{k.count('error')} | {k.count('skip')} | {share} | {k.status} |")
    share = f"{100 * total_k / total_c:.1f}%" if total_c else "-"
    rows.append(f"| **all** | {total_c} | {total_k} | | | | {share} | |")
    return "\n".join(rows) + "\n"


def rewrite_readme(text):
    old = README.read_text()
    start, end = old.index(BEGIN) + len(BEGIN), old.index(END)
    README.write_text(old[:start] + "\n" + text + old[end:])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--krait", required=True, help="the krait executable")
    parser.add_argument("--ci", action="store_true", help="only the modules marked ci")
    parser.add_argument("--update", action="store_true", help="add new passes to expected/")
    parser.add_argument("--report", action="store_true", help="compare with python3.11, rewrite README.md")
    parser.add_argument("--timeout", type=int, default=900, help="seconds per module")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("modules", nargs="*")
    args = parser.parse_args()
    modules = args.modules or read_modules(args.ci)
    krait = str(pathlib.Path(args.krait).resolve())

    regressions = 0
    with tempfile.TemporaryDirectory(prefix="cpython-suite-") as scratch:
        krait_runs = []
        for run in run_all(krait, modules, args.timeout, args.jobs, scratch):
            krait_runs.append(run)
            expected = expected_of(run.module)
            lost = sorted(expected - run.passed)
            gained = run.passed - expected
            print(f"{run.module}: {len(run.passed)} passed, {run.count('fail')} failed, "
                  f"{run.count('error')} errors, {run.count('skip')} skipped; {run.status}"
                  + (f"; {len(gained)} new passes" if gained else ""), flush=True)
            for test in lost:
                print(f"    expected to pass, did not: {test} ({run.outcomes.get(test, 'not run')})")
            if lost:
                regressions += len(lost)
                print("    output: " + run.log.read_text(encoding="utf-8", errors="replace")[-3000:])
            if args.update and gained:
                write_expected(run.module, expected | run.passed)
        if args.report:
            cpython = {r.module: r for r in run_all(sys.executable, modules, args.timeout, args.jobs, scratch)}
            rewrite_readme(table(krait_runs, cpython))
    if regressions:
        print(f"{regressions} expected passes lost")
    return 1 if regressions else 0


if __name__ == "__main__":
    sys.exit(main())
