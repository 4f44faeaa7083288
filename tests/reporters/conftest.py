"""Fixtures for reporter tests (the samples live in reporter_samples.py)."""

from reporter_samples import ctx, results

__all__ = ["ctx", "results"]
