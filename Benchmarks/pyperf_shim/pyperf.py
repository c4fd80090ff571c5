"""A small stand-in for the `pyperf` package, enough to run pyperformance's
run_benchmark.py files under any Python (Krait has no argparse or statistics yet).

`Runner.bench_func` times the benchmark for `--runs=N` runs (default 5) after one
warm-up run; `bench_time_func` first calibrates its loop count and reports time per
loop. One line per run:
    <name> <run index> <seconds>
which Benchmarks/pyperformance.sh reads.
"""
import sys
import time

perf_counter = time.perf_counter


class _Namespace:
    pass


class _ArgumentParser:
    """Takes `add_argument` calls and answers every option with its default."""

    def __init__(self):
        self._defaults = {}

    def add_argument(self, *names, **options):
        dest = options.get("dest")
        if dest is None:
            longest = max(names, key=len)
            dest = longest.lstrip("-").replace("-", "_")
        self._defaults[dest] = options.get("default")

    def parse_args(self, args=None):
        namespace = _Namespace()
        for key, value in self._defaults.items():
            setattr(namespace, key, value)
        return namespace


def _runs():
    for arg in sys.argv:
        if arg.startswith("--runs="):
            return int(arg.split("=", 1)[1])
    return 5


class Runner:
    def __init__(self, *args, **kwargs):
        self.metadata = {}
        self.argparser = _ArgumentParser()
        self.args = None
        add = kwargs.get("add_cmdline_args")
        self._add_cmdline_args = add

    def parse_args(self, args=None):
        self.args = self.argparser.parse_args(args)
        return self.args

    def _report(self, name, index, seconds):
        print(name, index, "%.6f" % seconds)

    def bench_func(self, name, func, *args, inner_loops=None):
        if self.args is None:
            self.parse_args()
        for index in range(_runs() + 1):
            start = perf_counter()
            func(*args)
            elapsed = perf_counter() - start
            if index > 0:
                self._report(name, index, elapsed)

    def bench_time_func(self, name, func, *args, inner_loops=None):
        if self.args is None:
            self.parse_args()
        # As pyperf, the loop count doubles until a run takes 100 ms; times are per loop.
        loops = 1
        while func(loops, *args) < 0.1 and loops < 1 << 20:
            loops *= 2
        for index in range(1, _runs() + 1):
            self._report(name, index, func(loops, *args) / loops)

    def bench_async_func(self, name, func, *args, inner_loops=None):
        raise NotImplementedError("asyncio is not available to this runner")
