"""Writes a run's files: report.md, summary.csv, raw.csv and svg/<row>.svg."""
import os

from . import report, svg


def curves_of(results, row, implementations):
    """The first process of each implementation, as (label, [(iterations, seconds)])."""
    curves = []
    for implementation in implementations:
        series = results.of(row, implementation.name)
        if series:
            first = min(series, key=lambda s: s.process)
            curves.append((implementation.name, list(zip(first.iteration_ends(), first.times))))
    return curves


def write_all(directory, results, implementations, reference, last, log_y=None, preamble=""):
    os.makedirs(os.path.join(directory, "svg"), exist_ok=True)
    text = preamble + report.markdown(results, implementations, reference, last)
    with open(os.path.join(directory, "report.md"), "w", encoding="utf-8") as file:
        file.write(text)
    report.write_raw_csv(os.path.join(directory, "raw.csv"), results)
    report.write_summary_csv(os.path.join(directory, "summary.csv"), results, implementations,
                             reference, last)
    for row, kind in results.rows.items():
        curves = curves_of(results, row, implementations)
        if not curves:
            continue
        if kind == "startup":
            document = svg.warmup_curves(row + ": time per process", curves, log_y, x_label="runs")
        else:
            document = svg.warmup_curves(row + ": time per loop", curves, log_y)
        with open(os.path.join(directory, "svg", row + ".svg"), "w", encoding="utf-8") as file:
            file.write(document)
    return text
