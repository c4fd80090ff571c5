"""Krait's benchmark runner (Benchmarks/run.py): fetching, running, reporting."""
