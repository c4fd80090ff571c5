#!/usr/bin/env python3.11
"""Writes the expected results of every conformance program by running CPython 3.11.

Each programs/NAME.py is run as `python3.11 -S NAME.py` (see harness.py) from the
programs folder with PYTHONHASHSEED=0; its standard output, standard error and exit status are written to
programs/NAME.expected as JSON, with the programs folder's path written {programs}. Run this with python3.11 after adding or changing a program.

    python3.11 Tests/Conformance/regenerate.py             # every program
    python3.11 Tests/Conformance/regenerate.py iterator_   # names containing iterator_
"""
import json, subprocess, sys
from harness import command, env, portable, programs

patterns = sys.argv[1:]
for path in sorted(programs.glob("*.py")):
    if patterns and not any(p in path.name for p in patterns):
        continue
    run = subprocess.run(command(sys.executable, path), cwd=programs, env=env, capture_output=True, timeout=120)
    # Tracebacks name the program by its absolute path; the test puts its own folder back.
    expected = {"stdout": portable(run.stdout), "stderr": portable(run.stderr), "status": run.returncode}
    path.with_suffix(".expected").write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n")
    print(path.name, run.returncode)
