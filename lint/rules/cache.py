"""A cache of the bundled rule set, so a process does not parse and check every YAML file.

Loading the bundled packs and resolving the checklists costs ~50 ms; unpickling the result
~1 ms. The cache is one file per installed copy of the package,
``$XDG_CACHE_HOME/fzlint/rules-<hash of the package folder>.pickle`` (else ``~/.cache/fzlint``),
holding a key and the ``RuleSet``: two checkouts (or virtual environments) used in turn do not
evict each other's cache. The key is a hash of the content of
every bundled rule and checklist file and of the size and mtime of every source file of the
``lint`` package (the loader, the checks that validate rules, the model), plus the Python
version, so any change to either rebuilds it. The cache is never required: any error reading
or writing it is ignored, and the file is written whole (temporary file, then rename).
``FZLINT_NO_CACHE=1`` turns it off.
"""

from __future__ import annotations

import os
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from lint.paths import cache_dir, checklists_dir, rules_dir, sha256, write_cache

if TYPE_CHECKING:
    from lint.rules import RuleSet

_PACKAGE = Path(__file__).resolve().parent.parent


def cache_file(package: Path = _PACKAGE) -> Path:
    """This installed copy's cache file (named by a hash of its folder)."""
    return cache_dir() / f"rules-{sha256(str(package).encode()).hexdigest()[:12]}.pickle"


def cached_ruleset(build: Callable[[], RuleSet]) -> RuleSet:
    """The bundled rule set from the cache when its key still holds, else ``build()``."""
    if os.environ.get("FZLINT_NO_CACHE"):
        return build()
    try:
        key = _key()
    except OSError:
        return build()
    path = cache_file()
    found = _read(path, key)
    if found is not None:
        return found
    ruleset = build()
    _write(path, key, ruleset)
    return ruleset


def _key() -> str:
    digest = sha256(sys.version.encode("utf-8"))
    for file in sorted(_PACKAGE.rglob("*.py")):
        stat = file.stat()
        digest.update(f"{file}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    for folder in (rules_dir(), checklists_dir()):
        for file in sorted(p for p in folder.rglob("*") if p.is_file()):
            digest.update(f"{file}\0".encode())
            digest.update(sha256(file.read_bytes()).digest())
    return digest.hexdigest()


def _read(path: Path, key: str) -> RuleSet | None:
    from lint.rules import RuleSet

    try:
        with path.open("rb") as handle:
            stored_key, ruleset = pickle.load(handle)
    except Exception:  # absent, damaged, from another version: rebuild
        return None
    if stored_key != key or not isinstance(ruleset, RuleSet):
        return None
    return ruleset


def _write(path: Path, key: str, ruleset: RuleSet) -> None:
    try:
        data = pickle.dumps((key, ruleset), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # a cache that cannot be written is no error
        return
    write_cache(path, data)
