"""The ``--format`` names and the ``lint.reporters`` module of each: a module of its own, so
the command line knows its choices without importing the reporters (and the model)."""

from __future__ import annotations

# format name -> module under lint.reporters exposing ``Reporter``
REPORTERS: dict[str, str] = {
    "text": "terminal",
    "json": "json_out",
    "sarif": "sarif",
    "junit": "junit",
    "github": "github",
    "markdown": "markdown",
    "html": "html",
}
