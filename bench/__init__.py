"""Rerunnable benchmarks (make bench)."""
