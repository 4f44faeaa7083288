"""Where the bundled rule packs and checklists live (inside the wheel, or in the checkout)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

try:  # the built-in SHA-256: ``hashlib`` loads OpenSSL first (~3 ms of every start-up)
    from _sha256 import sha256
except ImportError:  # a build without it
    from hashlib import sha256  # noqa: F401  (as the other branch: used by importers)

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


CACHE_KEEP = 8  # files of each kind kept in the cache folder (per checkout, per Python build)


def write_cache(path: Path, data: bytes) -> bool:
    """Write a cache file whole (a temporary file in its folder, then a rename), then prune
    its kind (``prune_cache``). False, leaving nothing behind, where it cannot be written: a
    cache that cannot be written is no error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        import tempfile  # only when a cache file is written

        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        return False
    prune_cache(path)
    return True


def prune_cache(written: Path, keep: int = CACHE_KEEP) -> None:
    """After ``written`` was written to the cache folder: delete all but the newest ``keep``
    files of its kind (``rules-*.pickle``, ``re-*.marshal``: the same name up to its first
    ``-`` and the same suffix), by modification time, never ``written`` itself. Each checkout
    path and each Python build writes its own file; without this they pile up. Errors (a file
    another process removed first, a folder that cannot be read) are ignored."""
    prefix, suffix = written.name.split("-", 1)[0] + "-", written.suffix
    found: list[tuple[int, str]] = []
    try:
        with os.scandir(written.parent) as entries:
            for entry in entries:
                name = entry.name
                if name.startswith(prefix) and name.endswith(suffix) and name != written.name:
                    with contextlib.suppress(OSError):
                        if entry.is_file(follow_symlinks=False):
                            found.append((entry.stat(follow_symlinks=False).st_mtime_ns, name))
    except OSError:
        return
    found.sort(reverse=True)
    for _mtime, name in found[max(keep - 1, 0) :]:  # ``written`` is one of the ``keep``
        with contextlib.suppress(OSError):
            os.unlink(written.parent / name)
