"""The command line's choices: the ``--format`` names and the ``lint.reporters`` module of each,
the Outline packs, report levels and years. A module of its own, so the command line knows its
choices without importing the reporters, the model or the configuration reader (which
validates the same keys with them)."""

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

OUTLINES = ("outline-2021", "outline-2015")
# a report's level as ``--level`` and the config key ``level`` name it (``lint.model.Level``
# without ``unknown``)
LEVELS = ("province", "city", "county", "township", "department")
YEARS = range(2015, 2100)  # a report year the Outline packs can be asked about
