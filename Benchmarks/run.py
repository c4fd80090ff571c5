#!/usr/bin/env python3.11
"""Krait's benchmark runner: pyperformance's benchmarks, start-up and the parser's
throughput under each Krait engine, CPython 3.11 and PyPy, interleaved, with
first-iteration and steady-state times, peak RSS, ratios to CPython, geometric
means, raw CSV and SVG warm-up curves. See Benchmarks/README.md.

    python3.11 Benchmarks/run.py                        # the full list
    python3.11 Benchmarks/run.py --quick                # CI: few benchmarks, few values
    python3.11 Benchmarks/run.py nbody richards         # chosen benchmarks
    python3.11 Benchmarks/run.py --long-run richards --iterations 10000
"""
import argparse
import datetime
import os
import platform
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from krait_bench import implementations, measure, modes, output, parser_throughput, suite  # noqa: E402
from krait_bench.results import Failure, Results  # noqa: E402

BENCHMARKS = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCHMARKS)


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("benchmarks", nargs="*", help="pyperformance benchmark names (default: the full list)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--quick", action="store_true", help="few benchmarks and values, krait and cpython only")
    mode.add_argument("--long-run", metavar="BENCHMARK", help="one benchmark, one iteration per value")
    parser.add_argument("--iterations", type=int, default=10000, help="values of --long-run (default 10000)")
    parser.add_argument("--krait", default=os.environ.get("KRAIT"),
                        help="krait executable (default: $KRAIT, else build the release krait)")
    parser.add_argument("--engines", default="interpreter", help="comma-separated krait --engine values")
    parser.add_argument("--no-pypy", action="store_true", help="leave pypy3 out")
    parser.add_argument("--no-install", action="store_true", help="do not apt-get install a missing pypy3")
    parser.add_argument("--path-python", action="store_true",
                        help="add the python3.11 on PATH (not Debian's) as a column")
    parser.add_argument("--values", type=int, help="timed values per process")
    parser.add_argument("--warmups", type=int, help="warm-up values per process")
    parser.add_argument("--processes", type=int, help="processes per benchmark and implementation")
    parser.add_argument("--min-time", type=float, help="seconds a calibrated value lasts at least")
    parser.add_argument("--last", type=int, default=10, help="values of each process for the steady state")
    parser.add_argument("--timeout", type=float, help="seconds before a benchmark process is killed")
    parser.add_argument("--startup-runs", type=int, help="processes per start-up command (0: none)")
    parser.add_argument("--parser-rounds", type=int, help="rounds of parse_throughput.sh (0: skip it)")
    parser.add_argument("--parse-bench", help="a built ParseBench for parse_throughput.sh (no build)")
    parser.add_argument("--log-y", choices=["auto", "always", "never"], default="auto",
                        help="log scale of the warm-up curves' time axis")
    parser.add_argument("--cache", default=os.path.join(BENCHMARKS, ".cache"), help="download directory")
    parser.add_argument("--output", help="results directory (default: CACHE/results/<date>)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when any benchmark fails")
    return parser.parse_args(argv)


def plan(arguments):
    """The benchmarks, settings, start-up runs and parser rounds of the mode, with
    explicit options overriding the mode's."""
    if arguments.quick:
        names, settings, startup_runs, parser_rounds = modes.QUICK, modes.quick_settings(), 3, 0
    elif arguments.long_run:
        names, settings = [arguments.long_run], modes.long_run_settings(arguments.iterations)
        startup_runs, parser_rounds = 0, 0
    else:
        names, settings, startup_runs, parser_rounds = modes.FULL, modes.full_settings(), 20, 5
    if arguments.benchmarks:
        names = arguments.benchmarks
    for option in ("values", "warmups", "processes", "min_time", "timeout"):
        if getattr(arguments, option) is not None:
            setattr(settings, option, getattr(arguments, option))
    if arguments.startup_runs is not None:
        startup_runs = arguments.startup_runs
    if arguments.parser_rounds is not None:
        parser_rounds = arguments.parser_rounds
    return names, settings, startup_runs, parser_rounds


def choose_implementations(arguments, notes):
    krait = arguments.krait or implementations.build_krait(ROOT)
    chosen = implementations.krait_engines(os.path.abspath(krait), arguments.engines.split(","))
    chosen.append(implementations.cpython())
    if not (arguments.quick or arguments.no_pypy):
        found, why = implementations.pypy(install=not arguments.no_install)
        if found:
            chosen.append(found)
        else:
            notes.append("pypy3 left out: " + why)
    if arguments.path_python:
        found = implementations.path_cpython()
        if found:
            chosen.append(found)
        else:
            notes.append("no python3.11 on PATH apart from Debian's")
    return [implementations.describe(implementation) for implementation in chosen]


def run_pyperformance(names, chosen, settings, cache, logs, results):
    data = suite.fetch_pyperformance(cache)
    for name in names:
        try:
            benchmark = suite.find(data, name)
        except KeyError:
            for implementation in chosen:
                results.add_failure(Failure(name, implementation.name, "no benchmark of that name in "
                                            "pyperformance %s" % suite.PYPERFORMANCE_VERSION))
            continue
        try:
            site = suite.fetch_requirements(benchmark, cache)
        except Exception as error:  # pip's failure, whatever it is, is the benchmark's error
            for implementation in chosen:
                results.add_failure(Failure(name, implementation.name,
                                            "cannot fetch %s: %s" % (" ".join(benchmark.requirements), error)))
            continue
        measure.run_benchmark(benchmark, chosen, settings, results, logs, site=site)


def preamble(arguments, argv, settings, notes):
    lines = ["# Benchmark run %s" % datetime.datetime.now().isoformat(" ", "minutes"), "",
             "Machine: %s, %d cores (%s)." % (platform.machine(), os.cpu_count(), platform.platform()),
             "Command: `python3.11 Benchmarks/run.py %s`." % " ".join(argv),
             "Per benchmark and implementation: %d process(es) of %s values after %d warm-ups, "
             "%s; steady state = the last %d values of each process." % (
                 settings.processes, settings.values, settings.warmups,
                 "%d loop(s) per value" % settings.loops if settings.loops
                 else "loops calibrated to %g s per value" % settings.min_time,
                 min(arguments.last, settings.values))]
    lines += ["Note: " + note for note in notes]
    return "\n".join(lines) + "\n\n"


def main(argv):
    arguments = parse_arguments(argv)
    names, settings, startup_runs, parser_rounds = plan(arguments)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    directory = arguments.output or os.path.join(arguments.cache, "results", stamp)
    logs = os.path.join(directory, "logs")
    os.makedirs(logs, exist_ok=True)
    notes = []
    chosen = choose_implementations(arguments, notes)
    for implementation in chosen:
        print("%-16s %s" % (implementation.name, implementation.version), flush=True)
    results = Results()
    run_pyperformance(names, chosen, settings, arguments.cache, logs, results)
    for name, command in modes.STARTUP if startup_runs else ():
        measure.run_startup(name, command, chosen, startup_runs, results, logs)
    log_y = {"auto": None, "always": True, "never": False}[arguments.log_y]
    if arguments.long_run and arguments.log_y == "auto":
        log_y = True
    last = min(arguments.last, settings.values)
    text = output.write_all(directory, results, chosen, implementations.REFERENCE, last,
                            log_y, preamble(arguments, argv, settings, notes))
    if parser_rounds:
        section = parser_throughput.run(directory, parser_rounds, arguments.parse_bench)
        with open(os.path.join(directory, "report.md"), "a", encoding="utf-8") as file:
            file.write(section)
        text += section
    print()
    print(text)
    print("Files: %s (report.md, summary.csv, raw.csv, svg/, logs/)" % directory)
    return 1 if arguments.strict and results.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
