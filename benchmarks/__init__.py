"""Benchmarks: `python -m benchmarks` runs every bench_*.py; results go in docs/benchmarks.md."""
