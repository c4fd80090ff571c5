#!/usr/bin/env python3.11
"""Runs conformance programs with a krait binary and compares them with their .expected files.

    python3.11 Tests/Conformance/check.py .build/debug/krait            # every program
    python3.11 Tests/Conformance/check.py .build/debug/krait complex_   # names containing complex_

A quick loop for development; the test suite (KraitTests.ConformanceTests) is the check
that counts. Prints each failing program with the first differing lines; the exit status
is the number of failures (capped at 100).
"""
import difflib, json, pathlib, subprocess, sys
from harness import command, environment, portable, programs

krait = str(pathlib.Path(sys.argv[1]).resolve())
patterns = sys.argv[2:]
failures = 0
for path in sorted(programs.glob("*.py")):
    if patterns and not any(p in path.name for p in patterns):
        continue
    expected = json.loads(path.with_suffix(".expected").read_text())
    try:
        run = subprocess.run(command(krait, path), cwd=programs, env=environment(path), capture_output=True, timeout=120)
    except subprocess.TimeoutExpired:
        print(f"FAIL {path.name}: timed out")
        failures += 1
        continue
    actual = {"stdout": portable(run.stdout), "stderr": portable(run.stderr), "status": run.returncode}
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
