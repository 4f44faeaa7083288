"""The cache folder keeps the newest few files of each kind (``lint.paths.prune_cache``): one
``rules-*.pickle`` per checkout and one ``re-*.marshal`` per Python build would otherwise pile
up. Only files of the written kind go, oldest first, never the one just written; errors are
ignored. Every test uses its own folder, never the real cache."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from lint import paths, recache
from lint.rules import RuleSet
from lint.rules import cache as rules_cache


def _aged(folder: Path, names: list[str]) -> None:
    """Files named ``names``, the first the oldest (one minute apart)."""
    folder.mkdir(parents=True, exist_ok=True)
    for age, name in enumerate(reversed(names)):
        path = folder / name
        path.write_bytes(b"old")
        stamp = 1_700_000_000 - 60 * age
        os.utime(path, (stamp, stamp))


def _names(kind: str, count: int, suffix: str) -> list[str]:
    return [f"{kind}-{index:012x}{suffix}" for index in range(count)]


def test_keeps_the_newest_of_the_written_kind_only(tmp_path: Path) -> None:
    rules = _names("rules", 12, ".pickle")
    kept_re = _names("re", 3, ".marshal")
    others = ["notes.txt", ".rules-000000000001.pickle.abc.tmp", "rules-x.json"]
    _aged(tmp_path, rules + kept_re + others)
    written = tmp_path / "rules-ffffffffffff.pickle"
    written.write_bytes(b"new")
    paths.prune_cache(written, keep=8)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == sorted([*rules[-7:], written.name, *kept_re, *others])


def test_the_written_file_stays_even_when_older(tmp_path: Path) -> None:
    names = _names("re", 5, ".marshal")
    _aged(tmp_path, names)
    written = tmp_path / names[0]  # the oldest of them
    paths.prune_cache(written, keep=2)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([names[0], names[-1]])


def test_few_files_are_left_alone(tmp_path: Path) -> None:
    names = _names("rules", 4, ".pickle")
    _aged(tmp_path, names)
    paths.prune_cache(tmp_path / names[-1])
    assert sorted(p.name for p in tmp_path.iterdir()) == names


def test_errors_are_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths.prune_cache(tmp_path / "missing" / "rules-0.pickle")  # no folder: nothing to do
    names = _names("rules", 10, ".pickle")
    _aged(tmp_path, names)

    def refuse(path: object) -> None:
        raise PermissionError(path)

    monkeypatch.setattr(os, "unlink", refuse)
    paths.prune_cache(tmp_path / names[-1])
    assert len(list(tmp_path.iterdir())) == 10


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("FZLINT_NO_CACHE", raising=False)
    recache.uninstall()
    yield tmp_path / "fzlint"
    recache.uninstall()
    re.purge()


def test_writing_the_rules_cache_prunes(cache_home: Path) -> None:
    stale = _names("rules", 10, ".pickle")
    _aged(cache_home, stale)
    path = rules_cache.cache_file()
    rules_cache._write(path, "key", RuleSet())
    left = sorted(p.name for p in cache_home.iterdir())
    assert left == sorted([*stale[-(paths.CACHE_KEEP - 1) :], path.name])


def test_writing_the_re_cache_prunes(cache_home: Path) -> None:
    stale = _names("re", 10, ".marshal")
    _aged(cache_home, stale)
    path = recache.cache_path()
    assert recache._write(path, [], {})
    left = sorted(p.name for p in cache_home.iterdir())
    assert left == sorted([*stale[-(paths.CACHE_KEEP - 1) :], path.name])


def test_a_cache_file_is_written_whole(tmp_path: Path) -> None:
    path = tmp_path / "fzlint" / "re-abc.marshal"
    assert paths.write_cache(path, b"\x00data")
    assert path.read_bytes() == b"\x00data"
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left


def test_an_unwritable_cache_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "fzlint"
    blocker.write_bytes(b"")  # a file where the cache folder should be
    assert not paths.write_cache(blocker / "re-abc.marshal", b"data")
    assert [p.name for p in tmp_path.iterdir()] == ["fzlint"]
