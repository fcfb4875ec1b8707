"""Reproducible performance runs. ``python -m benchmarks [--quick] [--json FILE]``."""
