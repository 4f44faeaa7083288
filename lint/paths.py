"""Where the bundled rule packs and checklists live (inside the wheel, or in the checkout)."""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """``rules`` or ``checklists``: the wheel's copy, else the repository's top-level folder."""
    bundled = _PACKAGE / "_data" / name
    if bundled.is_dir():
        return bundled
    return _PACKAGE.parent / name


def rules_dir() -> Path:
    return data_dir("rules")


def checklists_dir() -> Path:
    return data_dir("checklists")


def cache_dir() -> Path:
    """fzlint's cache folder: ``$XDG_CACHE_HOME/fzlint``, else ``~/.cache/fzlint``."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "fzlint"
