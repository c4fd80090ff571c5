"""The report of a run: Markdown tables of steady-state time, first-iteration time
and peak RSS with ratios to the reference and their geometric means, the list of
failures, and the CSV files (every value; one summary line per cell)."""
import csv

from .results import geometric_mean, ratio


def format_time(seconds):
    if seconds is None:
        return "-"
    for unit, scale in (("s", 1.0), ("ms", 1e-3), ("us", 1e-6)):
        if seconds >= scale:
            return "%.3g %s" % (seconds / scale, unit)
    return "%.3g ns" % (seconds / 1e-9)


def format_ratio(value):
    return "-" if value is None else "%.2f" % value


def format_megabytes(kilobytes):
    return "-" if kilobytes is None else "%.1f" % (kilobytes / 1024)


MEASURES = ("steady", "first", "peak_rss_kb")

CAPTIONS = {
    ("pyperformance", "steady"): "steady state: median time of one iteration over the last {last} values",
    ("pyperformance", "first"): "first iteration: the first call, before calibration and warm-up",
    ("startup", "steady"): "median time of a process over the last {last} runs",
    ("startup", "first"): "the first run",
}

FORMATTERS = {"steady": format_time, "first": format_time, "peak_rss_kb": format_megabytes}


def caption(kind, measure, last):
    return CAPTIONS.get((kind, measure), "peak RSS of a process (MB)").format(last=last)


def _value(cell, measure):
    return None if cell is None else getattr(cell, measure)


def measure_table(results, implementations, reference, kind, measure, formatter, last):
    """One Markdown table: a row per benchmark of `kind`, the reference's value, then
    each other implementation's value and ratio to it; the geometric means last."""
    others = [i for i in implementations if i.name != reference]
    header = ["benchmark", reference]
    for implementation in others:
        header += [implementation.name, "ratio"]
    lines = ["| " + " | ".join(header) + " |",
             "|---|" + "---:|" * (len(header) - 1)]
    ratios = {implementation.name: [] for implementation in others}
    for row, row_kind in results.rows.items():
        if row_kind != kind:
            continue
        base = _value(results.cell(row, reference, last), measure)
        fields = [row, _shown(results, row, reference, base, formatter)]
        for implementation in others:
            value = _value(results.cell(row, implementation.name, last), measure)
            quotient = ratio(value, base)
            ratios[implementation.name].append(quotient)
            fields += [_shown(results, row, implementation.name, value, formatter), format_ratio(quotient)]
        lines.append("| " + " | ".join(fields) + " |")
    means = ["**geometric mean**", ""]
    for implementation in others:
        measured = [r for r in ratios[implementation.name] if r is not None]
        means += ["(%d)" % len(measured), "**%s**" % format_ratio(geometric_mean(measured))]
    lines.append("| " + " | ".join(means) + " |")
    return lines


def _shown(results, row, implementation, value, formatter):
    if value is not None:
        return formatter(value)
    return "fails" if results.failure(row, implementation) else "-"


def markdown(results, implementations, reference, last, title="Results"):
    lines = ["## " + title, ""]
    lines += ["| implementation | version |", "|---|---|"]
    lines += ["| %s | %s |" % (i.name, i.version or " ".join(i.command)) for i in implementations]
    for kind, heading in (("pyperformance", "pyperformance"), ("startup", "Start-up")):
        if kind not in results.rows.values():
            continue
        for measure in MEASURES:
            lines += ["", "### %s — %s" % (heading, caption(kind, measure, last)), ""]
            lines += measure_table(results, implementations, reference, kind, measure,
                                   FORMATTERS[measure], last)
    if results.failures:
        lines += ["", "### Failures", "", "| benchmark | implementation | error |", "|---|---|---|"]
        for failure in results.failures:
            lines.append("| %s | %s | `%s` |" % (failure.benchmark, failure.implementation,
                                                 failure.error.replace("|", "\\|").replace("`", "'")))
    return "\n".join(lines) + "\n"


RAW_FIELDS = ["row", "benchmark", "kind", "implementation", "process", "index", "phase", "loops",
              "iterations", "seconds_per_iteration", "peak_rss_kb"]


def write_raw_csv(path, results):
    """Every value of every process: `iterations` is how many iterations the process
    had run when the value ended."""
    with open(path, "w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(RAW_FIELDS)
        for series in results.series:
            ends = series.iteration_ends()
            for index, (phase, loops, end, seconds) in enumerate(
                    zip(series.phases, series.loops, ends, series.times), 1):
                writer.writerow([series.row, results.benchmark_of[series.row], results.rows[series.row],
                                 series.implementation, series.process, index, phase, loops, end,
                                 repr(seconds), series.peak_rss_kb])


SUMMARY_FIELDS = ["row", "kind", "implementation", "status", "first_s", "steady_s", "steady_values",
                  "peak_rss_kb", "first_ratio", "steady_ratio", "rss_ratio", "error"]


def write_summary_csv(path, results, implementations, reference, last):
    with open(path, "w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(SUMMARY_FIELDS)
        for row, kind in results.rows.items():
            base = results.cell(row, reference, last)
            for implementation in implementations:
                cell = results.cell(row, implementation.name, last)
                failure = results.failure(row, implementation.name)
                if cell is None:
                    status = "failed" if failure else "missing"
                    writer.writerow([row, kind, implementation.name, status, "", "", "", "", "", "", "",
                                     failure.error if failure else ""])
                    continue
                writer.writerow([row, kind, implementation.name, "ok", repr(cell.first), repr(cell.steady),
                                 cell.steady_count, cell.peak_rss_kb,
                                 _csv_ratio(cell.first, base and base.first),
                                 _csv_ratio(cell.steady, base and base.steady),
                                 _csv_ratio(cell.peak_rss_kb, base and base.peak_rss_kb), ""])


def _csv_ratio(value, reference):
    quotient = ratio(value, reference)
    return "" if quotient is None else "%.4f" % quotient
