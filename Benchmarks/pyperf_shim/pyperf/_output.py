"""Results as pyperf's JSON document (format version 1.0, the subset a worker
writes) and as the one-line summaries pyperf prints.

A benchmark is one run: `warmups` holds `[loops, seconds per loop]` for every
calibration and warm-up value, in order, and `values` the timed values, so that the
time of every iteration can be read back; metadata `calibration_values` says how
many of the warm-ups were calibration.
"""
import json
import math
import os

FORMAT_VERSION = "1.0"


def format_seconds(seconds):
    """pyperf's style: three significant digits in the largest unit below it."""
    for unit, scale in (("sec", 1.0), ("ms", 1e-3), ("us", 1e-6)):
        if abs(seconds) >= scale:
            return "%.3g %s" % (seconds / scale, unit)
    return "%.3g ns" % (seconds / 1e-9)


def mean_and_stdev(values):
    mean = math.fsum(values) / len(values)
    if len(values) < 2:
        return mean, 0.0
    variance = math.fsum((value - mean) ** 2 for value in values) / (len(values) - 1)
    return mean, math.sqrt(variance)


def summary_line(name, values):
    """pyperf's summary; without the name when `name` is None (show_name=False)."""
    mean, stdev = mean_and_stdev(values)
    if len(values) < 2:
        text = format_seconds(mean)
    else:
        text = "Mean +- std dev: %s +- %s" % (format_seconds(mean), format_seconds(stdev))
    return text if name is None else "%s: %s" % (name, text)


def benchmark_document(name, metadata, warmups, values):
    run = {"metadata": dict(metadata, name=name), "warmups": warmups, "values": values}
    return {"runs": [run]}


def suite_document(metadata, benchmarks):
    return {"version": FORMAT_VERSION, "metadata": metadata, "benchmarks": benchmarks}


def read_suite(path):
    with open(path, encoding="utf-8") as file:
        return json.load(file)


def write_suite(path, document):
    """Writes through a temporary file, so a reader never sees half a document."""
    temporary = path + ".tmp"
    with open(temporary, "w", encoding="utf-8") as file:
        json.dump(document, file)
    os.replace(temporary, path)
