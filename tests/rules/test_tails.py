"""The literals a pattern's matches end with (``lint.rules.tails``), and searches that stop at
the last of them in a line find what searches to the line's end find: the bundled topic
patterns on the real reports and on generated text made of their own endings."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rule_patterns import topic_pattern_sources

from lint.document import build_document
from lint.rules.regex import PatternSet, compile_pattern
from lint.rules.tails import _nonempty, _tails
from lint.sources import read_path

REPORTS = Path(__file__).resolve().parents[2] / "fixtures" / "reports"


@pytest.mark.parametrize(
    ("source", "ends"),
    [
        ("法治[^。；\\n]{0,12}督[察查]", ["察", "查"]),
        (
            "(?:法治|依法行政)[^。]{0,40}(?:纳入|列入)[^。]{0,16}(?:考核|评价指标)",
            ["考核", "评价指标"],
        ),
        ("执法[^。；，、\\n]{0,4}监督", ["监督"]),
        ("(?P<x>考)核", ["核"]),
        ("普法|法治宣传", ["普法", "法治宣传"]),
        ("\\.学法", [".学法"]),
    ],
)
def test_endings(source: str, ends: list[str]) -> None:
    assert _tails(source) == tuple(sorted(e.encode("utf-8") for e in ends))


@pytest.mark.parametrize(
    "source",
    [
        "(?m)^[^。]{0,40}报告\\s*$",  # context past the match ($)
        "考核$",
        "法治\\b建设",
        "(?i)法治",  # flags
        "\\p{Han}考核",  # RE2 syntax
        "[[:alpha:]]",
        "考核{,2}",  # {,n}: literal text to RE2
        "考核?",  # may end before the literal
        "(?:考核|)",
        "法治[^。]*",
        "法治[考核评价指标体系度]",  # a class of more than MAX_CHARS characters
        "法治\\d",
    ],
)
def test_no_endings(source: str) -> None:
    assert _tails(source) is None


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("法治[^。；\\n]{0,12}督[察查]", True),
        ("(?:法治|)建设", True),
        ("考核?", True),
        ("(?:^|[。；\\n])[^。；\\n]{0,80}审查", True),
        ("(?:考核|)", False),  # may match nothing
        ("法治[^。]*|(?:^)", False),
        ("法治\\b", False),  # refused: read as unknown
        ("(?i)法治", False),
    ],
)
def test_nonempty(source: str, expected: bool) -> None:
    assert _nonempty(source) is expected


def test_most_topic_patterns_are_nonempty() -> None:
    assert sum(WITH.nonempty) > len(SOURCES) // 2


SOURCES = topic_pattern_sources()
WITH = PatternSet([compile_pattern(s) for s in SOURCES])
WITHOUT = PatternSet([compile_pattern(s) for s in SOURCES])
WITHOUT.tails = [None] * len(SOURCES)  # every search to the line's end
WITHOUT.nonempty = [False] * len(SOURCES)  # and again after a match at its end
ENDINGS = sorted({e.decode("utf-8") for ends in WITH.tails if ends for e in ends})


def test_most_topic_patterns_have_endings() -> None:
    assert sum(ends is not None for ends in WITH.tails) > len(SOURCES) // 2


@pytest.mark.parametrize("name", sorted(p.name for p in REPORTS.glob("*.txt")))
def test_real_report(name: str) -> None:
    text = build_document(read_path(REPORTS / name, name)).text
    found = WITH.line_matches(text)
    assert sum(map(len, found)) > 20
    assert found == WITHOUT.line_matches(text)


PIECES = [*"法治政府建设工作，。；、\n一是", "纳入", "督察", "学习", *ENDINGS[:80]]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_generated_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert WITH.line_matches(text) == WITHOUT.line_matches(text)
