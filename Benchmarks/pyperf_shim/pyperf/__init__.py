"""Krait's pyperf-compatible module: enough of pyperf's API to run pyperformance's
run_benchmark.py files unmodified under any Python 3 (Krait, CPython, PyPy), keeping
the time of every value so that Benchmarks/run.py can draw warm-up curves.

Each process is one pyperf worker: calibration of the loop count (unless --loops),
--warmups warm-up values, --values timed values; -o FILE writes them as pyperf's
JSON. Run a benchmark with --help for the options.
"""
from ._benchmark import Benchmark
from ._runner import Runner, python_has_jit, python_implementation
from ._timing import perf_counter

__all__ = ["Benchmark", "Runner", "perf_counter", "python_has_jit", "python_implementation"]
