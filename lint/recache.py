"""Python ``re`` compile products kept between runs, so a process does not compile its
patterns again.

``re`` parses and compiles a pattern in pure Python (``_optimize_charset`` walks every code
point of a ``[\\u4e00-\\u9fff]`` class): the ~145 patterns a worker meets before its first
report cost ~30 ms, the largest part of its warm-up. What the compiler finally hands to
``_sre.compile`` (flags, code list, groups, group names) depends only on the pattern, its
flags and the Python build, so it is kept in a file, ``re-<hash>.marshal`` in the cache folder
of ``lint.rules.cache`` (``$XDG_CACHE_HOME/fzlint``, else ``~/.cache/fzlint``), named by a
hash of ``sys.version``, ``_sre.MAGIC``, ``_sre.CODESIZE`` and ``sys.maxunicode``.

``install`` reads it and puts the patterns, built by ``_sre.compile`` from the kept products
(ordinary ``re.Pattern`` objects, equal to what ``re.compile`` returns), into ``re``'s own
cache: every ``re.compile``/``re.search``/... of such a pattern then finds it there, whatever
module asks. Patterns compiled afterwards are recorded as ``re`` compiles them (its reference
to ``_sre`` is replaced by a copy whose ``compile`` notes its arguments) and ``save`` adds
them to the file (written whole: temporary file, then rename). Nothing is required: a missing,
damaged (CRC-32), foreign or unwritable file, or an ``re`` whose private parts differ, leaves
``re`` compiling as usual. ``FZLINT_NO_CACHE=1`` turns it off.

The same file keeps other values that depend only on a key and the Python build
(``derived``): the code ``dataclasses`` compiles for the methods it writes (``install`` gives
it an ``exec`` that runs the kept code of a source), ``lint.firstchar``'s guarded patterns,
a GBK table of ``lint.damage``. The command line installs all this first thing (``main``),
before the model, the rules and the checks are imported.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
import zlib
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any, TypeVar

from lint import __version__

_FORMAT = 2
T = TypeVar("T")
MAX_ENTRIES = 384  # well under ``re._MAXCACHE`` (512): the prefill never evicts what re adds

# (pattern, flags as given, flags as compiled, code, groups - 1, groupindex, indexgroup)
Entry = tuple[Any, int, int, list[int], int, dict[str, int], tuple[Any, ...]]


class _State:
    def __init__(self) -> None:
        self.installed = False
        self.path: Path | None = None
        self.sre: Any = None  # the real ``_sre`` module, while ``re._compiler`` holds the copy
        self.kept: list[Entry] = []  # what the file held (and this process saved)
        self.fresh: list[tuple[re.Pattern[Any], tuple[Any, ...]]] = []  # compiled here since
        self.derived: dict[Any, Any] = {}  # (name, key) → value (``derived``)
        self.derived_new = False  # a value computed here, not yet in the file


_STATE = _State()


def _key() -> str:
    sre = re._compiler._sre  # type: ignore[attr-defined]
    # (fzlint's version too: a release that reads patterns otherwise starts a new file)
    parts = (_FORMAT, __version__, sys.version, sre.MAGIC, sre.CODESIZE, sys.maxunicode)
    return "\0".join(str(p) for p in parts)


def cache_path() -> Path:
    from lint.paths import cache_dir, sha256

    digest = sha256(_key().encode("utf-8")).hexdigest()[:12]
    return cache_dir() / f"re-{digest}.marshal"


def install() -> None:
    """Fill ``re``'s cache from the file and start recording new compiles (once a process;
    a forked child inherits both)."""
    if _STATE.installed or os.environ.get("FZLINT_NO_CACHE"):
        return
    try:
        _STATE.path = cache_path()
        entries, _STATE.derived = _read(_STATE.path)
        _STATE.kept = _prefill(entries)
        _record()
    except Exception:  # private parts of ``re`` not as expected: compile as usual
        _STATE.kept, _STATE.derived = [], {}
        return
    _STATE.installed = True
    import dataclasses

    dataclasses.exec = _exec_kept  # type: ignore[attr-defined]


def _exec_kept(source: Any, globals: Any = None, locals: Any = None, /) -> None:
    """``exec`` for ``dataclasses``, which compiles the source of every method it makes
    (``__init__``, ``__eq__``, ...: ~0.3 ms a class, ~50 classes before a worker's first
    report): a source is run as the code compiled from it, kept in the file (``derived``),
    compiled as ``exec`` would (``dont_inherit``: ``dataclasses`` has no future imports)."""
    if isinstance(source, str):
        text = source
        key = (text, sys.flags.optimize)
        source = derived(
            "dataclasses.exec", key, lambda: compile(text, "<string>", "exec", dont_inherit=True)
        )
    exec(source, globals, locals)


def derived(name: str, key: Any, compute: Callable[[], T]) -> T:
    """``compute()``, kept in the file under ``(name, key)``: for a value that depends only
    on ``key`` and the Python build, costly to compute (parsing patterns, decoding tables),
    made of what marshal writes. Without the cache (off, not installed): ``compute()``.
    ``name`` names the computation: give it a new one (``rules.tails.1`` → ``.2``) whenever the
    computation changes, so that no run takes a value an older reading left in the file."""
    if not _STATE.installed:
        return compute()
    if (name, key) in _STATE.derived:
        found: T = _STATE.derived[name, key]
        return found
    value = _STATE.derived[name, key] = compute()
    _STATE.derived_new = True
    return value


def _read(path: Path) -> tuple[list[Entry], dict[Any, Any]]:
    """The file's patterns and derived values (none when absent, damaged or foreign)."""
    try:
        stored = path.read_bytes()
        key, digest, payload = marshal.loads(stored)
        if key != _key() or digest != zlib.crc32(payload):
            return [], {}
        entries, values = marshal.loads(payload)
        if isinstance(entries, list) and isinstance(values, dict):
            return entries, values
    except Exception:  # absent, damaged, from another format
        pass
    return [], {}


def _prefill(entries: list[Entry]) -> list[Entry]:
    """Put the patterns into ``re._cache``; the entries that were used."""
    cache: dict[Any, Any] = re._cache  # type: ignore[attr-defined]
    build = re._compiler._sre.compile  # type: ignore[attr-defined]
    used = entries[-MAX_ENTRIES:]
    for pattern, flags, *product in used:
        key = (type(pattern), pattern, flags)
        if key not in cache:
            cache[key] = build(pattern, *product)
    if used:
        pattern, flags = used[0][:2]
        if re.compile(pattern, flags) is not cache[type(pattern), pattern, flags]:
            raise LookupError("re no longer looks its patterns up in re._cache")
    return used


def _record() -> None:
    compiler = re._compiler  # type: ignore[attr-defined]
    sre = compiler._sre
    real = sre.compile

    def compile_and_note(pattern: Any, flags: int, code: list[int], *rest: Any) -> Any:
        compiled = real(pattern, flags, code, *rest)
        if isinstance(pattern, str | bytes):
            _STATE.fresh.append((compiled, (flags, code, *rest)))
        return compiled

    copy = SimpleNamespace(**vars(sre))
    copy.compile = compile_and_note
    _STATE.sre = sre
    compiler._sre = copy


def uninstall() -> None:
    """Stop recording and forget the file (tests); ``re``'s cache keeps what it holds."""
    if _STATE.sre is not None:
        re._compiler._sre = _STATE.sre  # type: ignore[attr-defined]
    import dataclasses

    vars(dataclasses).pop("exec", None)
    _STATE.sre = None
    _STATE.installed = False
    _STATE.kept = []
    _STATE.fresh = []
    _STATE.derived, _STATE.derived_new = {}, False


def save() -> None:
    """Add the patterns compiled since ``install`` (those ``re`` keeps in its cache) and the
    values derived since to the file; nothing to do when there are none."""
    if not _STATE.installed or _STATE.path is None:
        return
    new = _fresh_entries() if _STATE.fresh else []
    if not new and not _STATE.derived_new:
        return
    entries = (_STATE.kept + new)[-MAX_ENTRIES:]
    if _write(_STATE.path, entries, _STATE.derived):
        _STATE.kept, _STATE.derived_new = entries, False


def _fresh_entries() -> list[Entry]:
    products = {id(compiled): product for compiled, product in _STATE.fresh}
    cache: dict[Any, Any] = re._cache  # type: ignore[attr-defined]
    new = []
    for (_, pattern, flags), compiled in list(cache.items()):
        product = products.get(id(compiled))
        if product is not None:
            new.append((pattern, int(flags), *_plain(*product)))
    _STATE.fresh = []
    return new


def _plain(
    flags: int, code: list[int], groups: int, groupindex: Any, indexgroup: Any
) -> tuple[int, list[int], int, dict[str, int], tuple[Any, ...]]:
    """A product as plain values marshal writes (``re``'s opcodes are ``int`` subclasses)."""
    index = {str(name): int(number) for name, number in dict(groupindex).items()}
    return int(flags), [int(c) for c in code], int(groups), index, tuple(indexgroup)


def _write(path: Path, entries: list[Entry], values: dict[Any, Any]) -> bool:
    try:
        payload = marshal.dumps((entries, values))
        data = marshal.dumps((_key(), zlib.crc32(payload), payload))
    except Exception:  # a product marshal cannot write
        return False
    from lint.paths import write_cache

    return write_cache(path, data)
