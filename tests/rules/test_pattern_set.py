"""The pattern prefilter never rules out a pattern that matches.

``PatternSet.live`` may keep patterns that do not match (their search then finds nothing) but
must keep every one that does: checked with the bundled rules' topic patterns on the real
reports' paragraphs and on generated text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint.rules import load_bundled
from lint.rules.regex import Pattern, PatternSet, compile_pattern

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
    assert live is not None and matching(text) <= live
    for paragraph in text.splitlines()[:80]:
        live = SET.live(paragraph)
        assert live is not None and matching(paragraph) <= live, paragraph


PIECES = [*"法治政府建设考核学习，。；\n一是（）", "纳入", "督察", "第一责任人"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_live_keeps_every_pattern_that_matches_generated_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    live = SET.live(text)
    assert live is None or matching(text) <= live


def test_no_patterns_none_live() -> None:
    assert PatternSet([]).live("法治") == frozenset()
    assert PatternSet([compile_pattern("考核")]).live("法治") == frozenset()
    assert PatternSet([compile_pattern("考核")]).live("法治考核") == frozenset({0})
