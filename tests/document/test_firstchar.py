"""``lint.firstchar.guarded``: the same matches as the pattern itself, or the pattern itself.

The grader's word-list patterns and a few made-up ones (lookbehinds, groups, repeats, case
folding) are run guarded and plain over the real reports and over generated text, with and
without ``pos``/``endpos``: every match's span, groups and ``lastgroup`` agree. Patterns whose
first character cannot be told exactly are returned unchanged.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint.checks import topic_words
from lint.firstchar import guarded
from lint.segment import FRAME

REPORTS = Path(__file__).resolve().parents[2] / "fixtures" / "reports"
WORDS = {
    name: getattr(topic_words, name)
    for name in ("FACT", "FUTURE", "SHORTFALL", "TITLE_USE", "SLOGAN", "MEANS", "MADE")
}
MADE_UP = {
    "lookbehind": re.compile("(?<![补齐])短板|尚未|\\d+次"),
    "groups": re.compile("(?P<n>\\d+)(?P<u>[件次])|(?P<w>[甲乙])+丙"),
    "ignorecase": re.compile("abc|D+x|(?:e|F)g", re.IGNORECASE),
    "anchors": re.compile("\\b(?:foo|\\d{2})|^一是"),
    "categories": re.compile("\\s+是|\\w次|\\D号"),
    "frame": FRAME,
}
GUARDED = {**WORDS, **MADE_UP}


def found(pattern: re.Pattern[str], text: str, pos: int = 0, end: int | None = None) -> list:
    end = len(text) if end is None else end
    return [(m.span(), m.groupdict(), m.lastgroup) for m in pattern.finditer(text, pos, end)]


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_a_guard_is_added(name: str) -> None:
    pattern = GUARDED[name]
    fast = guarded(pattern)
    assert fast is not pattern and fast.pattern.startswith("(?=[")
    assert fast.groupindex == pattern.groupindex and fast.groups == pattern.groups


@pytest.mark.parametrize(
    "source",
    ["a?b", "[^，]{2}等", "x|", "(?:)|y", "(?i)ab", "(a)?\\1c", "(?s:.)b", "(?>ab)c"],
)
def test_no_guard_where_the_first_character_is_unknown(source: str) -> None:
    pattern = re.compile(source)
    assert guarded(pattern) is pattern


def test_no_guard_for_verbose_or_bytes_patterns() -> None:
    for pattern in (re.compile("ab # c", re.VERBOSE), re.compile(b"ab|cd")):
        assert guarded(pattern) is pattern  # type: ignore[arg-type]


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_the_same_matches_in_the_real_reports(name: str) -> None:
    pattern = GUARDED[name]
    fast = guarded(pattern)
    for report in sorted(REPORTS.glob("*.txt")):
        text = report.read_text(encoding="utf-8")
        assert found(fast, text) == found(pattern, text), report.name
        for line in text.splitlines()[:60]:
            assert found(fast, line, 2, len(line) - 1) == found(pattern, line, 2, len(line) - 1)
            assert bool(fast.search(line)) == bool(pattern.search(line))


PIECES = [
    *"法治政府建设考核学习，。；\n一是等（）《》次件丙甲乙 abcDEFgx123",
    "尚未",
    "短板",
    "补短板",
    "公开",
    "政务公开",
    "部署",
    "研究部署",
    "下一步",
    "模拟",
    "区将",
    "制定",
    "召开",
    "完成任务",
    "在县委领导下",
    "贯彻落实",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=30).map("".join),
    st.integers(0, 40),
    st.integers(0, 80),
)
def test_the_same_matches_in_generated_text(text: str, pos: int, end: int) -> None:
    for pattern in GUARDED.values():
        assert found(guarded(pattern), text, pos, end) == found(pattern, text, pos, end)
