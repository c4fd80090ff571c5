"""What a run measured: per row (a result name, e.g. deepcopy_memo, or a start-up
command) and implementation, the series of times of each process, or why it failed;
and the statistics the report shows."""
import dataclasses
import math
import statistics

PHASES = ("calibration", "warmup", "value")


@dataclasses.dataclass
class Series:
    """One process's values of one row, in the order they were taken; each value is
    the mean time of one iteration over its `loops` iterations."""
    row: str
    implementation: str
    process: int
    phases: list
    loops: list
    times: list
    peak_rss_kb: int

    def iteration_ends(self):
        """For each value, how many iterations the process had run at its end."""
        total, ends = 0, []
        for loops in self.loops:
            total += loops
            ends.append(total)
        return ends

    def steady_values(self):
        return [time for phase, time in zip(self.phases, self.times) if phase == "value"]


@dataclasses.dataclass
class Failure:
    benchmark: str
    implementation: str
    error: str


@dataclasses.dataclass
class Cell:
    """The statistics of one row and implementation (None where nothing ran)."""
    first: float
    steady: float
    steady_count: int
    peak_rss_kb: int


class Results:
    def __init__(self):
        self.series = []
        self.failures = []
        # Row name -> "pyperformance" or "startup", in the order rows appeared.
        self.rows = {}
        # Row name -> the pyperformance benchmark that produced it.
        self.benchmark_of = {}

    def add_series(self, series, kind, benchmark):
        self.rows.setdefault(series.row, kind)
        self.benchmark_of.setdefault(series.row, benchmark)
        self.series.append(series)

    def add_failure(self, failure, kind="pyperformance"):
        self.rows.setdefault(failure.benchmark, kind)
        self.benchmark_of.setdefault(failure.benchmark, failure.benchmark)
        self.failures.append(failure)

    def of(self, row, implementation):
        return [s for s in self.series if s.row == row and s.implementation == implementation]

    def failure(self, row, implementation):
        benchmark = self.benchmark_of.get(row, row)
        for failure in self.failures:
            if failure.implementation == implementation and failure.benchmark in (row, benchmark):
                return failure
        return None

    def cell(self, row, implementation, last):
        return summarize(self.of(row, implementation), last)


def summarize(series_list, last):
    """First-iteration time (the median over processes of each one's first value),
    steady state (the median of the last `last` values of every process together)
    and the largest peak RSS; None without series."""
    if not series_list:
        return None
    firsts = [series.times[0] for series in series_list if series.times]
    steady = []
    for series in series_list:
        steady.extend(series.steady_values()[-last:])
    if not firsts or not steady:
        return None
    return Cell(first=statistics.median(firsts), steady=statistics.median(steady),
                steady_count=len(steady), peak_rss_kb=max(s.peak_rss_kb for s in series_list))


def ratio(value, reference):
    if value is None or reference is None or reference <= 0:
        return None
    return value / reference


def geometric_mean(ratios):
    ratios = [r for r in ratios if r is not None and r > 0]
    if not ratios:
        return None
    return math.exp(math.fsum(math.log(r) for r in ratios) / len(ratios))
