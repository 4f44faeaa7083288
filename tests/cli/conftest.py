"""Fixtures for command line tests (the helpers live in cli_helpers.py)."""

from cli_helpers import reports

__all__ = ["reports"]
