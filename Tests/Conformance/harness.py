"""What regenerate.py and check.py (and KraitTests.ConformanceTests) agree on: how a
program is run.

Programs run with `-S` (no `site` import) under CPython and Krait alike: `site` would
add the machine's site-packages and run their .pth files, which belong to the machine,
not to the program. A program that is about `site` says so in its first five lines with

    # conformance: with site
"""
import os, pathlib

SITE_MARKER = "# conformance: with site"
STRESS_MARKER = "# gc-stress-interval:"
programs = pathlib.Path(__file__).resolve().parent / "programs"
env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")


def head(path):
    return path.read_text(encoding="utf-8").splitlines()[:5]


def command(interpreter, path):
    """The command line that runs `path` (from the programs folder)."""
    return [interpreter] + ([] if SITE_MARKER in head(path) else ["-S"]) + [path.name]


def environment(path):
    """The environment: a program's `# gc-stress-interval: N` raises KRAIT_GC_STRESS to N."""
    result = dict(env)
    stress = result.get("KRAIT_GC_STRESS", "")
    for line in head(path):
        if line.startswith(STRESS_MARKER) and stress.isdigit() and int(stress) > 0:
            result["KRAIT_GC_STRESS"] = str(max(int(stress), int(line[len(STRESS_MARKER):])))
    return result


def portable(data):
    """Output with the programs folder written {programs}, as .expected files hold it."""
    return data.decode("utf-8", "surrogateescape").replace(str(programs), "{programs}")
