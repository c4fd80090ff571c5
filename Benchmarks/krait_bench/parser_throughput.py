"""Hooks Benchmarks/parse_throughput.sh (Krait's parser against CPython's) into a
run: its output goes to parse_throughput.txt and its tables into the report."""
import os
import subprocess

SCRIPT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "parse_throughput.sh")


def run(directory, rounds, parse_bench=None):
    """Returns the report's section, saying why when the script fails."""
    env = dict(os.environ)
    if parse_bench:
        env["PARSE_BENCH"] = parse_bench
    result = subprocess.run([SCRIPT, str(rounds)], env=env, capture_output=True, text=True)
    with open(os.path.join(directory, "parse_throughput.txt"), "w", encoding="utf-8") as file:
        file.write(result.stdout + result.stderr)
    lines = ["", "## Parser throughput (`Benchmarks/parse_throughput.sh %d`)" % rounds, ""]
    if result.returncode != 0:
        last = [line for line in result.stderr.splitlines() if line.strip()][-1:] or ["no output"]
        return "\n".join(lines + ["fails: `%s`" % last[0], ""])
    return "\n".join(lines + ["```"] + tables(result.stdout) + ["```", ""])


def tables(output):
    """The script's summary: everything after the per-round progress lines."""
    kept = [line for line in output.splitlines() if not line.startswith("round ")]
    while kept and not kept[0].strip():
        kept.pop(0)
    return kept
