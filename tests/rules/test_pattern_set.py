"""The pattern prefilter never rules out a pattern that matches.

``PatternSet.live`` may keep patterns that do not match (their search then finds nothing) but
must keep every one that does: checked with the bundled rules' topic patterns on the real
reports' paragraphs and on generated text. ``PatternSet.line_matches`` finds exactly each
pattern's matches line by line.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint.document import build_document
from lint.offsets import Span
from lint.rules import load_bundled
from lint.rules.regex import Pattern, PatternSet, _Prefilter, compile_pattern, lazy_pattern
from lint.sources import read_path

REPORTS = Path(__file__).resolve().parents[2] / "fixtures" / "reports"


def topic_patterns() -> list[Pattern]:
    found = []
    for rule in load_bundled().rules.values():
        match = rule.params.get("match") or {}
        for key in ("regex", "deeds", "exclude_regex"):
            value = match.get(key) or []
            found += [compile_pattern(p) for p in ([value] if isinstance(value, str) else value)]
    return found


PATTERNS = topic_patterns()
SET = PatternSet(PATTERNS)


def matching(text: str) -> set[int]:
    return {i for i, p in enumerate(PATTERNS) if p.search(text) is not None}


def test_the_bundled_rules_have_patterns_to_filter() -> None:
    assert len(PATTERNS) > 20


@pytest.mark.parametrize("name", sorted(p.name for p in REPORTS.glob("*.txt")))
def test_live_keeps_every_pattern_that_matches_a_real_paragraph(name: str) -> None:
    text = (REPORTS / name).read_text(encoding="utf-8")
    live = SET.live(text)
    assert matching(text) <= live
    for paragraph in text.splitlines()[:80]:
        live = SET.live(paragraph)
        assert matching(paragraph) <= live, paragraph


PIECES = [*"法治政府建设考核学习，。；\n一是（）", "纳入", "督察", "第一责任人"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_live_keeps_every_pattern_that_matches_generated_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    live = SET.live(text)
    assert matching(text) <= live


def test_no_patterns_none_live() -> None:
    assert PatternSet([]).live("法治") == frozenset()
    assert PatternSet([compile_pattern("考核")]).live("法治") == frozenset()
    assert PatternSet([compile_pattern("考核")]).live("法治考核") == frozenset({0})


def by_lines(pattern: Pattern, text: str) -> list[Span]:
    """The defined meaning of ``line_matches``: the pattern's matches in each line alone."""
    found: list[Span] = []
    at = 0
    for line in text.split("\n"):
        found += pattern.finditer(text, at, at + len(line))
        at += len(line) + 1
    return found


@pytest.mark.parametrize("name", sorted(p.name for p in REPORTS.glob("*.txt")))
def test_line_matches_are_each_patterns_matches_line_by_line(name: str) -> None:
    text = build_document(read_path(REPORTS / name, name)).text  # what the matcher scans
    found = SET.line_matches(text)
    assert sum(map(len, found)) > 20
    assert found == [by_lines(p, text) for p in PATTERNS]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_line_matches_on_generated_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert SET.line_matches(text) == [by_lines(p, text) for p in PATTERNS]


def test_a_match_never_spans_a_line_break() -> None:
    patterns = PatternSet([compile_pattern(r"法治\s*建设"), compile_pattern(r"(?m)^建设$")])
    spanning, anchored = patterns.line_matches("推进法治\n建设\n法治 建设")
    assert spanning == [Span(8, 13)]  # not 法治\n建设 across the first line break
    assert anchored == [Span(5, 7)]  # ^ and $ at the line's own edges


def test_a_topic_patterns_anchors_are_its_lines_edges() -> None:
    """The matcher's patterns (``line_edges``) read ``^`` and ``$`` as a line's edges in every
    line, not only in the first and last (the text's edges, as a plain pattern reads them)."""
    text = "推进法治\n建设工作\n法治建设"
    patterns = [lazy_pattern(p, line_edges=True) for p in ("^建设", "建设$")]
    first, last, plain = PatternSet([*patterns, lazy_pattern("^建设")]).line_matches(text)
    assert first == [Span(5, 7)]
    assert last == [Span(12, 14)]
    assert plain == []


def test_line_matches_of_no_text() -> None:
    assert PatternSet([compile_pattern("考核")]).line_matches("") == [[]]


def test_line_matches_without_requirements_searches_every_line() -> None:
    unfiltered = PatternSet(PATTERNS)
    # as for patterns whose requirements are unknown: every pattern, every line
    unfiltered._prefilter = _Prefilter([None] * len(PATTERNS))
    text = build_document(read_path(REPORTS / "jinta-2023.txt", "jinta")).text
    assert unfiltered.line_matches(text) == SET.line_matches(text)


@pytest.mark.parametrize("name", sorted(p.name for p in REPORTS.glob("*.txt")))
def test_lazy_patterns_in_a_set_find_what_their_own_compile_finds(name: str) -> None:
    """A lazy pattern in a set is compiled only when first searched, and finds what a pattern
    compiled up front finds."""
    lazy = [lazy_pattern(p.source) for p in PATTERNS]
    text = build_document(read_path(REPORTS / name, name)).text
    assert PatternSet(lazy).line_matches(text) == SET.line_matches(text)
    assert any(p._regex is None for p in lazy)  # never possible in a line: never compiled
    for own, compiled in zip(PATTERNS, lazy, strict=True):
        assert list(compiled.finditer(text)) == list(own.finditer(text)), own.source
        assert compiled.groupindex == own.groupindex


def test_a_set_leaves_lazy_patterns_lazy() -> None:
    lazy = [lazy_pattern("考核"), lazy_pattern("(?=x)")]  # RE2 refuses a lookahead
    PatternSet(lazy)
    assert lazy[0]._regex is None
