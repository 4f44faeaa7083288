"""Session-wide test settings: the rule cache goes to a temporary folder, never the user's."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True, scope="session")
def private_rule_cache() -> Iterator[None]:
    """Point ``$XDG_CACHE_HOME`` (where fzlint caches the built rule set) at a temporary folder
    for the whole run, so tests neither read a stale cache nor write into ``~/.cache``."""
    old = os.environ.get("XDG_CACHE_HOME")
    with tempfile.TemporaryDirectory(prefix="fzlint-test-cache-") as folder:
        os.environ["XDG_CACHE_HOME"] = folder
        yield
    if old is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = old
