"""The persistent cache of ``re`` compile products (``lint.recache``): a kept pattern is the
pattern ``re.compile`` makes; a cold and a warm cache give the output no cache gives; a
damaged, foreign or unwritable cache is ignored."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lint import recache

REPORTS = Path(__file__).resolve().parents[2] / "fixtures" / "reports"
SAMPLE = (
    "\n".join(p.read_text(encoding="utf-8")[:4000] for p in sorted(REPORTS.glob("*.txt")))
    + "\n2023年12月31日 第一责任人 ABC abc 12.5% （一） 1. ① 《条例》“十四五” ?现(xiàn)"
)


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private cache folder, and ``re`` and ``lint.recache`` as found, afterwards."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("FZLINT_NO_CACHE", raising=False)
    recache.uninstall()
    yield tmp_path
    recache.uninstall()
    re.purge()


def _fzlint(home: Path, *args: str, no_cache: bool = False) -> str:
    env = {k: v for k, v in os.environ.items() if k != "FZLINT_NO_CACHE"}
    env["XDG_CACHE_HOME"] = str(home)
    if no_cache:
        env["FZLINT_NO_CACHE"] = "1"
    command = [sys.executable, "-m", "lint", "check", "--format", "json", "--fail-on", "never"]
    done = subprocess.run([*command, *args], env=env, capture_output=True, check=True, cwd=home)
    return done.stdout.decode("utf-8")


def _entries(home: Path) -> list[Any]:
    files = list((home / "fzlint").glob("re-*.marshal"))
    assert len(files) == 1
    _, _, payload = marshal.loads(files[0].read_bytes())
    entries: list[Any] = marshal.loads(payload)[0]
    return entries


def _matches(pattern: re.Pattern[str]) -> list[tuple[Any, ...]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(SAMPLE)]


def test_kept_patterns_equal_plain_compiles(cache_home: Path) -> None:
    """Every pattern a run compiles (a batch in workers: the package's and the libraries'),
    built from the kept product, equals ``re.compile``'s: the same code, flags, groups and
    group names, and the same matches on report text."""
    reports = [str(p) for p in sorted(REPORTS.glob("*.txt"))]
    _fzlint(cache_home, "--jobs", "2", *reports)
    entries = _entries(cache_home)
    assert len(entries) > 100  # the checks' patterns, not only a few
    build = re._compiler._sre.compile  # type: ignore[attr-defined]
    for pattern, flags, *product in entries:
        kept = build(pattern, *product)
        plain = re._compiler.compile(pattern, flags)  # type: ignore[attr-defined]
        assert kept == plain, pattern  # Pattern equality compares the compiled code
        assert (kept.pattern, kept.flags, kept.groups) == (plain.pattern, plain.flags, plain.groups)
        assert kept.groupindex == plain.groupindex
        if isinstance(pattern, str):
            assert _matches(kept) == _matches(plain), pattern


def test_cold_and_warm_cache_give_the_same_output(cache_home: Path) -> None:
    reports = [str(p) for p in sorted(REPORTS.glob("*.txt"))]
    plain = _fzlint(cache_home, "--jobs", "2", *reports, no_cache=True)
    assert not list((cache_home / "fzlint").glob("re-*"))  # off means off
    cold = _fzlint(cache_home, "--jobs", "2", *reports)
    written = _entries(cache_home)
    warm = _fzlint(cache_home, "--jobs", "2", *reports)
    assert cold == plain
    assert warm == plain
    assert _entries(cache_home) == written  # a warm run adds nothing: it compiled nothing new
    single = _fzlint(cache_home, "--jobs", "1", reports[0])  # in this process: saved at the end
    assert len(_entries(cache_home)) > len(written)
    assert single == _fzlint(cache_home, "--jobs", "1", reports[0], no_cache=True)


def test_installed_patterns_are_what_re_compile_returns(cache_home: Path) -> None:
    recache.install()
    first = re.compile("[\u4e00-\u9fff]{2,4}(?P<unit>局|委)(?=[，。])")
    recache.save()
    recache.uninstall()
    re.purge()
    recache.install()
    again = re.compile("[\u4e00-\u9fff]{2,4}(?P<unit>局|委)(?=[，。])")
    assert again is re.compile("[\u4e00-\u9fff]{2,4}(?P<unit>局|委)(?=[，。])")
    assert again == first
    assert again.groupindex == {"unit": 1}
    assert again.search("经县司法局。").group("unit") == "局"  # type: ignore[union-attr]
    assert not recache._STATE.fresh  # found, not compiled


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: data[: len(data) // 2], id="truncated"),
        pytest.param(lambda data: data[:-40] + bytes(40), id="changed-payload"),
        pytest.param(lambda data: b"not marshal at all", id="garbage"),
        pytest.param(lambda data: b"", id="empty"),
    ],
)
def test_damaged_file_is_ignored(cache_home: Path, damage: Any) -> None:
    recache.install()
    re.compile("甲[乙丙]+丁")
    recache.save()
    path = recache.cache_path()
    path.write_bytes(damage(path.read_bytes()))
    recache.uninstall()
    re.purge()
    recache.install()
    assert recache._STATE.kept == []
    assert re.compile("甲[乙丙]+丁").fullmatch("甲乙丙丁")
    recache.save()  # the damaged file is replaced by a sound one
    assert [e[0] for e in recache._read(path)[0]] == ["甲[乙丙]+丁"]


def test_file_of_another_python_is_ignored(cache_home: Path) -> None:
    path = recache.cache_path()
    path.parent.mkdir(parents=True)
    entry = ("甲", 0, 32, [0], 0, {}, (None,))  # a product that would not even compile
    payload = marshal.dumps(([entry], {("name", 1): "a value of another python"}))
    import zlib

    digest = zlib.crc32(payload)
    path.write_bytes(marshal.dumps(("another python", digest, payload)))
    recache.install()
    assert recache._STATE.kept == []
    assert re.compile("甲").match("甲")
    assert recache.derived("name", 1, lambda: "computed") == "computed"


def test_derived_values_are_computed_once_and_kept(cache_home: Path) -> None:
    calls: list[int] = []

    def compute() -> tuple[int, ...]:
        calls.append(1)
        return (1, 2, 3)

    assert recache.derived("test", ("k", 0), compute) == (1, 2, 3)  # not installed: computed
    recache.install()
    assert recache.derived("test", ("k", 0), compute) == (1, 2, 3)
    assert recache.derived("test", ("k", 0), compute) == (1, 2, 3)
    assert len(calls) == 2
    recache.save()
    recache.uninstall()
    recache.install()
    assert recache.derived("test", ("k", 0), compute) == (1, 2, 3)
    assert recache.derived("test", ("k", 1), lambda: None) is None
    assert len(calls) == 2  # read from the file


def test_unwritable_cache_is_no_error(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = cache_home / "file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # fzlint/ cannot be made under a file
    recache.install()
    assert re.compile("乙[甲丁]").match("乙丁")
    recache.save()
    assert blocker.read_text(encoding="utf-8") == "x"


def test_off_switch(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FZLINT_NO_CACHE", "1")
    recache.install()
    re.compile("丙[甲乙]")
    recache.save()
    assert not (cache_home / "fzlint").exists()
    assert re._compiler._sre is sys.modules["_sre"]  # type: ignore[attr-defined]


def test_values_kept_for_the_checks_equal_computed_ones(cache_home: Path) -> None:
    """The guarded grader patterns and the GBK table, read from the file, are what computing
    them gives."""
    from lint import damage, firstchar
    from lint.checks import topic_words

    plain = [firstchar.guarded(p) for p in (topic_words.FACT, topic_words.FUTURE)]
    table = damage._find_lost_units()
    recache.install()
    damage._lost_units.cache_clear()
    assert [firstchar.guarded(p) for p in (topic_words.FACT, topic_words.FUTURE)] == plain
    assert damage._lost_units() == table
    recache.save()
    recache.uninstall()
    recache.install()
    assert len(recache._STATE.derived) == 3
    damage._lost_units.cache_clear()
    kept = [firstchar.guarded(p) for p in (topic_words.FACT, topic_words.FUTURE)]
    assert kept == plain and kept[0].pattern != topic_words.FACT.pattern  # a guard was added
    assert damage._lost_units() == table
    assert not recache._STATE.derived_new  # all from the file
    damage._lost_units.cache_clear()


def _make_dataclass() -> type:
    from dataclasses import dataclass, field

    @dataclass(frozen=True, order=True)
    class Sample:
        start: int
        end: int = 0
        tags: tuple[str, ...] = field(default_factory=tuple)

    return Sample


def _methods(cls: type) -> dict[str, Any]:
    names = ("__init__", "__repr__", "__eq__", "__lt__", "__hash__", "__setattr__")
    functions = {name: getattr(cls, name) for name in names}
    return {
        n: (f.__code__.co_code, f.__code__.co_consts, f.__code__.co_names, f.__annotations__)
        for n, f in functions.items()
    }


def test_dataclass_methods_from_kept_code_equal_plain_ones(cache_home: Path) -> None:
    plain = _make_dataclass()
    recache.install()
    computed = _make_dataclass()
    recache.save()
    recache.uninstall()
    recache.install()
    kept = _make_dataclass()
    assert not recache._STATE.derived_new  # every method's code came from the file
    for made in (computed, kept):
        assert _methods(made) == _methods(plain)
        a, b = made(1, 2), made(1, 3, ("x",))
        assert (a < b, a == made(1, 2), repr(b), hash(a) == hash(made(1, 2))) == (
            True,
            True,
            repr(plain(1, 3, ("x",))).replace(plain.__qualname__, made.__qualname__),
            True,
        )
    recache.uninstall()
    import dataclasses

    assert "exec" not in vars(dataclasses)  # uninstalled: dataclasses' own exec again
