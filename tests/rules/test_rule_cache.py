"""The rule cache: one file per installed copy of the package, read back on the next run."""

from __future__ import annotations

import os
from pathlib import Path

from lint.rules import cache, load_bundled


def test_each_installed_copy_has_its_own_cache_file() -> None:
    here = cache.cache_file()
    assert here.parent == cache.cache_dir()
    assert here.name.startswith("rules-") and here.name.endswith(".pickle")
    assert cache.cache_file(Path("/elsewhere/lint")) != here


def test_the_bundled_rules_are_cached_and_read_back() -> None:
    if os.environ.get("FZLINT_NO_CACHE"):
        return
    first = load_bundled()
    assert cache.cache_file().is_file()
    again = load_bundled()
    assert again is not first  # unpickled from the file
    assert list(again.rules) == list(first.rules)
    assert again.rules["FZ1001"].title == first.rules["FZ1001"].title
