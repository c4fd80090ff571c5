"""Runs benchmarks under every implementation, interleaved: each round runs every
implementation once, in an order that rotates from round to round, so that drift of
a shared machine falls on all of them alike."""
import dataclasses
import json
import os

from . import process
from .results import Failure, Series

SHIM = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "pyperf_shim")


@dataclasses.dataclass
class Settings:
    values: int = 20
    warmups: int = 2
    processes: int = 1
    min_time: float = 0.1
    # 0 calibrates the loop count, as pyperf does.
    loops: int = 0
    timeout: float = 600


def rotations(implementations, rounds):
    """The order of implementations in each round."""
    count = len(implementations)
    for round_index in range(rounds):
        shift = round_index % count if count else 0
        yield round_index, implementations[shift:] + implementations[:shift]


def worker_options(settings, output):
    return ["--values", str(settings.values), "--warmups", str(settings.warmups),
            "--min-time", repr(settings.min_time), "--loops", str(settings.loops), "--output", output]


def environment(extra_paths):
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([SHIM] + [path for path in extra_paths if path])
    # The same hash seed everywhere, so that dict and set orders do not differ by run.
    env["PYTHONHASHSEED"] = "0"
    return env


def series_from_document(document, implementation, process_index, peak_rss_kb):
    """The Series of each benchmark in a worker's JSON document."""
    found = []
    for benchmark in document["benchmarks"]:
        run = benchmark["runs"][0]
        metadata = run["metadata"]
        calibration = metadata.get("calibration_values", 0)
        warmups = run.get("warmups", [])
        phases = ["calibration"] * calibration + ["warmup"] * (len(warmups) - calibration)
        phases += ["value"] * len(run["values"])
        loops = [pair[0] for pair in warmups] + [metadata["loops"]] * len(run["values"])
        times = [pair[1] for pair in warmups] + list(run["values"])
        found.append(Series(row=metadata["name"], implementation=implementation,
                            process=process_index, phases=phases, loops=loops, times=times,
                            peak_rss_kb=peak_rss_kb))
    return found


def run_benchmark(benchmark, implementations, settings, results, logs, site=None, progress=print):
    """Runs one pyperformance benchmark; adds its series, or each implementation's
    failure, to `results`."""
    env = environment([site])
    failed = set()
    for round_index, order in rotations(implementations, settings.processes):
        for implementation in order:
            if implementation.name in failed:
                continue
            stem = os.path.join(logs, "%s-%s-%d" % (benchmark.name, implementation.name, round_index + 1))
            output = stem + ".json"
            if os.path.exists(output):
                os.remove(output)
            command = (implementation.command + [benchmark.script]
                       + worker_options(settings, output) + benchmark.options)
            outcome = process.run(command, cwd=benchmark.directory, env=env, timeout=settings.timeout,
                                  stdout_path=stem + ".out", stderr_path=stem + ".err")
            found = []
            if os.path.exists(output):
                with open(output, encoding="utf-8") as file:
                    found = series_from_document(json.load(file), implementation.name,
                                                 round_index + 1, outcome.peak_rss_kb)
            for series in found:
                results.add_series(series, "pyperformance", benchmark.name)
            if outcome.returncode != 0 or not found:
                error = process.error_summary(outcome, settings.timeout)
                results.add_failure(Failure(benchmark.name, implementation.name, error))
                failed.add(implementation.name)
                progress("  %-18s %-16s FAILED: %s" % (benchmark.name, implementation.name, error))
            else:
                progress("  %-18s %-16s process %d: %.1f s" % (benchmark.name, implementation.name,
                                                              round_index + 1, outcome.seconds))


def run_startup(name, arguments, implementations, runs, results, logs, timeout=120, progress=print):
    """Start-up: `runs` rounds of `implementation arguments...`, each one process,
    timed from spawn to exit; the first run is the cold one."""
    times = {implementation.name: [] for implementation in implementations}
    peaks = {implementation.name: 0 for implementation in implementations}
    failed = set()
    for _, order in rotations(implementations, runs):
        for implementation in order:
            if implementation.name in failed:
                continue
            stderr = os.path.join(logs, "%s-%s.err" % (name, implementation.name))
            outcome = process.run(implementation.command + arguments, timeout=timeout, stderr_path=stderr)
            if outcome.returncode != 0:
                failed.add(implementation.name)
                results.add_failure(Failure(name, implementation.name,
                                            process.error_summary(outcome, timeout)), kind="startup")
                continue
            times[implementation.name].append(outcome.seconds)
            peaks[implementation.name] = max(peaks[implementation.name], outcome.peak_rss_kb)
    for implementation in implementations:
        measured = times[implementation.name]
        if measured and implementation.name not in failed:
            results.add_series(Series(row=name, implementation=implementation.name, process=1,
                                      phases=["value"] * len(measured), loops=[1] * len(measured),
                                      times=measured, peak_rss_kb=peaks[implementation.name]),
                               "startup", name)
    progress("  %-18s done" % name)
