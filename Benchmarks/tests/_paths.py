"""Puts the runner's package and the pyperf module on sys.path, as run.py and the
benchmarks' PYTHONPATH do; test modules import this first."""
import os
import sys

BENCHMARKS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHIM = os.path.join(BENCHMARKS, "pyperf_shim")
for path in (BENCHMARKS, SHIM):
    if path not in sys.path:
        sys.path.insert(0, path)
