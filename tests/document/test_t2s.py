"""``lint.t2s.convert`` (OpenCC's t2s, skipped where it cannot change the text) gives what
OpenCC gives: on the real reports, on every phrase and character the list names, and on
generated text mixing ordinary simplified characters with the characters and phrases that
OpenCC replaces; with a list made from other OpenCC data it converts every text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint import t2s
from lint.data import make_t2s

REPORTS = Path(__file__).resolve().parents[2] / "fixtures" / "reports"
# the list made afresh from the installed OpenCC (a newer OpenCC release than the one the
# shipped list was made from leaves ``t2s.changes()`` None: every text is then converted)
MADE = make_t2s.make(t2s.share_dir())
CHANGES = t2s.changes() or t2s.from_lines(MADE)
LISTED = CHANGES.phrases if CHANGES is not None else {}
PHRASES = sorted({phrase for found in LISTED.values() for _offset, phrase in found})
# ordinary simplified text, a few characters t2s replaces (設, 覆 of 反覆 but not of 覆盖), and
# the pieces of the phrases it replaces
PIECES = [*"法治政府建设年度报告全覆盖回复反设進", "覆盖", *PHRASES[:60], *(p[:2] for p in PHRASES)]


def same_as_opencc(text: str) -> None:
    converted = t2s.convert(text)
    assert converted == t2s.converter().convert(text)
    if CHANGES is not None and CHANGES.unchanged(text):
        assert converted is text


def test_a_list_made_from_the_installed_opencc_is_used() -> None:
    assert CHANGES is not None


def test_the_shipped_list_is_what_make_t2s_makes() -> None:
    shipped = t2s.CHANGES.read_text(encoding="utf-8").splitlines()
    if shipped[1] != MADE[1]:  # (its ``files`` line: made from other OpenCC data)
        pytest.skip("OpenCC 的数据与 lint/data/t2s-changes.txt 不同：请运行 lint/data/make_t2s.py")
    assert shipped == MADE
    assert t2s.changes() is not None


@pytest.mark.parametrize("name", ["jinta-2023", "shiyan-2023", "weibin-2024"])
def test_real_report(name: str) -> None:
    same_as_opencc((REPORTS / f"{name}.txt").read_text(encoding="utf-8"))


def test_simplified_text_is_left_as_it_is() -> None:
    text = "全面推进依法行政，行政复议案件全覆盖，依法答复群众来信。"
    assert CHANGES is not None and CHANGES.unchanged(text)
    assert t2s.convert(text) is text


@pytest.mark.parametrize("text", ["法治政府建設", "反覆研究", "批覆同意", "𠀀法治"])
def test_text_with_a_change_is_converted(text: str) -> None:
    assert CHANGES is not None and not CHANGES.unchanged(text)
    same_as_opencc(text)


def test_every_listed_phrase() -> None:
    for phrase in PHRASES:
        same_as_opencc(f"在{phrase}中")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_generated_text(pieces: list[str]) -> None:
    same_as_opencc("".join(pieces))


def test_other_opencc_data_converts_every_text(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    stale = tmp_path / "t2s-changes.txt"
    lines = t2s.CHANGES.read_text(encoding="utf-8").splitlines()
    stale.write_text(
        "\n".join("files\tt2s.json:1:2" if line.startswith("files") else line for line in lines),
        encoding="utf-8",
    )
    monkeypatch.setattr(t2s, "CHANGES", stale)
    t2s.changes.cache_clear()
    try:
        assert t2s.changes() is None
        assert t2s.convert("法治政府建設") == "法治政府建设"
        text = "法治政府建设"
        assert t2s.convert(text) == text
    finally:
        t2s.changes.cache_clear()
