"""pyperf's Runner, as one worker process that keeps the time of every value."""
import datetime
import os
import sys

from . import _cli, _output, _timing
from ._benchmark import Benchmark


def python_implementation():
    return sys.implementation.name.lower()


def python_has_jit():
    if python_implementation() == "pypy":
        return bool(sys.pypy_translation_info.get("translation.jit"))
    return False


def _process_metadata():
    return {
        "python_implementation": python_implementation(),
        # Not platform.python_version(), which cannot parse Krait's sys.version.
        "python_version": "%d.%d.%d" % sys.version_info[:3],
        "python_executable": sys.executable,
        "date": datetime.datetime.now().isoformat(" ", "seconds"),
        "cpu_count": os.cpu_count(),
    }


class Runner:
    """Takes pyperf's arguments. `processes`, `show_name` and `program_args` are
    accepted for compatibility: this worker is one process, and `add_cmdline_args`
    (how pyperf passes a benchmark's own options to its workers) is kept but not
    needed."""

    def __init__(self, values=None, processes=None, loops=0, min_time=0.1, metadata=None,
                 show_name=True, program_args=None, add_cmdline_args=None, warmups=1):
        self.metadata = dict(metadata or {})
        self.argparser = _cli.make_parser(values or 3, warmups, loops, min_time)
        self.args = None
        self._add_cmdline_args = add_cmdline_args
        self._show_name = show_name
        self._benchmarks = []
        self._appended_to = None

    def parse_args(self, args=None):
        if self.args is None:
            self.args = _cli.settle(self.argparser.parse_args(args))
        return self.args

    def bench_func(self, name, func, *args, inner_loops=None, metadata=None):
        return self._bench(name, _timing.function_timer(func, args), inner_loops, metadata)

    def bench_time_func(self, name, time_func, *args, inner_loops=None, metadata=None):
        return self._bench(name, _timing.time_function_timer(time_func, args), inner_loops, metadata)

    def bench_async_func(self, name, func, *args, inner_loops=None, metadata=None):
        return self._bench(name, _timing.async_function_timer(func, args), inner_loops, metadata)

    def bench_command(self, name, command):
        return self._bench(name, _timing.command_timer(command), None, {"command": " ".join(command)})

    def _bench(self, name, timer, inner_loops, metadata):
        args = self.parse_args()
        if args.names and name not in args.names:
            return None
        inner_loops = inner_loops or 1

        def per_loop(seconds, loops):
            return seconds / (loops * inner_loops)

        def report(kind, index, value):
            if args.verbose:
                print("%s %s: %s" % (kind, index, _output.format_seconds(value)), flush=True)

        loops, calibration, warmups, values = _timing.collect(
            timer, args.loops, args.warmups, args.values, args.min_time, per_loop, report)
        bench_metadata = dict(self.metadata, **(metadata or {}))
        bench_metadata.update(loops=loops, inner_loops=inner_loops, calibration_values=calibration)
        benchmark = Benchmark(name, bench_metadata, warmups, values)
        self._benchmarks.append(benchmark)
        self._write(args)
        print(_output.summary_line(name if self._show_name else None, values), flush=True)
        return benchmark

    def _write(self, args):
        """Rewrites the whole document after each benchmark, so that the ones that
        finished are kept when a later one fails."""
        documents = [benchmark.to_document() for benchmark in self._benchmarks]
        if args.output:
            _output.write_suite(args.output, _output.suite_document(_process_metadata(), documents))
        if args.append:
            if self._appended_to is None:
                self._appended_to = (_output.read_suite(args.append)["benchmarks"]
                                     if os.path.exists(args.append) else [])
            _output.write_suite(args.append, _output.suite_document(
                _process_metadata(), self._appended_to + documents))
