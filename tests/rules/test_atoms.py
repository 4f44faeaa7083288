"""The strings every match of a pattern contains (``lint.rules.atoms``), by which
``PatternSet`` skips the lines a pattern cannot match: exact requirements of written patterns,
none where the pattern is not read, and every match of every bundled topic pattern on the real
reports and on generated text holding a string of each of its requirements."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rule_patterns import topic_pattern_sources

from lint.document import build_document
from lint.rules.atoms import _requirements
from lint.rules.regex import compile_pattern
from lint.sources import read_path

REPORTS = Path(__file__).resolve().parents[2] / "fixtures" / "reports"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("法治(?:政府)?建设[^。；，\\n]{0,12}督导", [["法治建设", "法治政府建设"], ["督导"]]),
        ("合法性审[查核]", [["合法性审查", "合法性审核"]]),
        ("(?:考核|考评|评价指标)", [["评价指标", "考核", "考评"]]),
        ("(?:^|[。；\\n])[^。；\\n]{0,30}学习", [["学习"]]),
        ("(?m)^[^。]{0,40}报告\\s*$", [["报告"]]),  # anchors require nothing
        ("(?:律师[^。]{0,4}顾问|法律顾问)", [["律师", "法律顾问"]]),  # a branch's first best
        ("法律[^。]{0,4}顾问|法律顾问", [["法律"], ["顾问"]]),  # (the prefix 法律 read apart)
        ("(?:执法(?:人员)+)", [["人员"], ["执法"]]),  # repeated at least once
        ("(?P<x>考)核", [["考核"]]),
        # of four requirements, the two of the longest strings
        ("学习[^。]*宪法[^。]*民法典[^。]*习近平法治思想", [["习近平法治思想"], ["民法典"]]),
    ],
)
def test_requirements(source: str, expected: list[list[str]]) -> None:
    assert _requirements(source) == tuple(tuple(sorted(s)) for s in expected)


@pytest.mark.parametrize(
    "source",
    [
        "法治\\b建设",  # RE2 syntax read otherwise, or not at all: unknown
        "(?i)法治",
        "\\p{Han}考核",
        "[[:alpha:]]考核",
        "考核{,2}",
        "(?:考核|)",  # may match nothing: nothing required
        "(?:法治)?",
        "[^。]{0,40}",
        "(?:考核|[^。])",  # one branch requires nothing
        "[考核评价指标体系度]",  # a class of more than MAX_CHARS characters
        "(",
    ],
)
def test_no_requirements(source: str) -> None:
    assert _requirements(source) is None


SOURCES = topic_pattern_sources()
PATTERNS = [compile_pattern(s) for s in SOURCES]
NEEDS = [_requirements(s) for s in SOURCES]


def test_most_topic_patterns_have_requirements() -> None:
    assert sum(need is not None for need in NEEDS) > len(SOURCES) * 9 // 10


def _check(text: str) -> int:
    """Every match holds a string of each requirement of its pattern; the matches seen."""
    seen = 0
    for pattern, need in zip(PATTERNS, NEEDS, strict=True):
        for span in pattern.finditer(text):
            seen += 1
            matched = text[span.start : span.end]
            for strings in need or ():
                assert any(s in matched for s in strings), (pattern.source, matched, strings)
    return seen


@pytest.mark.parametrize("name", sorted(p.name for p in REPORTS.glob("*.txt")))
def test_real_report(name: str) -> None:
    text = build_document(read_path(REPORTS / name, name)).text
    assert _check(text) > 20


STRINGS = sorted({s for need in NEEDS if need for strings in need for s in strings})
PIECES = [*"法治政府建设工作，。；、\n一是", "纳入", "督察", "学习", *STRINGS[::3]]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_generated_text(pieces: list[str]) -> None:
    _check("".join(pieces))
