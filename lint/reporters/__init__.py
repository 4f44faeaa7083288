"""Reporters: one ``render(reports, exit_code, out, options)`` per output format.

The CLI derives ``--format`` choices from ``REPORTERS``; modules are imported lazily.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, TextIO

from lint.model import Report

Render = Callable[[list[Report], int, TextIO, dict[str, Any]], None]

# format name -> module under lint.reporters exposing ``render``
REPORTERS: dict[str, str] = {
    "text": "terminal",
    "json": "json_out",
}


def get(name: str) -> Render:
    module = importlib.import_module(f"lint.reporters.{REPORTERS[name]}")
    render: Render = module.render
    return render
