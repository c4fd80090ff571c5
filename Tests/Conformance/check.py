#!/usr/bin/env python3.11
"""Runs conformance programs with a krait binary and compares them with their .expected files.

    python3.11 Tests/Conformance/check.py .build/debug/krait            # every program
    python3.11 Tests/Conformance/check.py .build/debug/krait complex_   # names containing complex_

A quick loop for development; the test suite (KraitTests.ConformanceTests) is the check
that counts. Prints each failing program with the first differing lines; the exit status
is the number of failures (capped at 100).
"""
import difflib, json, os, pathlib, subprocess, sys

programs = pathlib.Path(__file__).resolve().parent / "programs"
krait = str(pathlib.Path(sys.argv[1]).resolve())
patterns = sys.argv[2:]
env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
failures = 0
for path in sorted(programs.glob("*.py")):
    if patterns and not any(p in path.name for p in patterns):
        continue
    expected = json.loads(path.with_suffix(".expected").read_text())
    try:
        run = subprocess.run([krait, path.name], cwd=programs, env=env, capture_output=True, timeout=120)
    except subprocess.TimeoutExpired:
        print(f"FAIL {path.name}: timed out")
        failures += 1
        continue
    actual = {"stdout": run.stdout.decode("utf-8", "surrogateescape").replace(str(programs), "{programs}"),
              "stderr": run.stderr.decode("utf-8", "surrogateescape").replace(str(programs), "{programs}"),
              "status": run.returncode}
    if actual == expected:
        continue
    failures += 1
    print(f"FAIL {path.name}: status {actual['status']} (expected {expected['status']})")
    for stream in ("stdout", "stderr"):
        diff = list(difflib.unified_diff(expected[stream].splitlines(), actual[stream].splitlines(),
                                         f"expected {stream}", f"krait {stream}", lineterm="", n=1))
        print("\n".join(diff[:30]))
print(f"{failures} failing")
sys.exit(min(failures, 100))
