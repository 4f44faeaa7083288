"""The matcher's one pass of the Aho-Corasick automaton (``ahocorasick_rs``) gives every rule
the literal hits that searching each of its terms with ``str.find`` gives: ``any`` terms,
component terms by group, ``exclude`` contexts; on the real reports and on generated text
(astral characters too), for every bundled topic rule.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint import matcher
from lint.offsets import Span
from lint.rules import load_bundled

REPORTS = Path(__file__).resolve().parents[2] / "fixtures" / "reports"
RULES = [r for r in load_bundled().rules.values() if r.kind == "topic"]
SCANNER = matcher.TopicMatcher(RULES)


def occurrences(text: str, term: str) -> list[Span]:
    found, at = [], text.find(term)
    while at >= 0:
        found.append(Span(at, at + len(term)))
        at = text.find(term, at + 1)
    return found


def plain(spec: matcher.Spec, text: str) -> tuple[list, dict, list]:
    """One rule's literal hits, term by term (compared without their order)."""
    terms = [(s, t) for t in spec.any for s in occurrences(text, t)]
    groups = {}
    for index, group in enumerate(spec.components.groups if spec.components else []):
        hits = [(s, t) for t in group for s in occurrences(text, t)]
        if hits:
            groups[index] = hits
    excluded = [s for t in spec.exclude for s in occurrences(text, t)]
    return terms, groups, excluded


def compare(text: str) -> int:
    found = matcher._literal_hits(SCANNER.automaton, text, len(SCANNER.specs))
    for spec, (terms, groups, excluded) in zip(SCANNER.specs, found, strict=True):
        want_terms, want_groups, want_excluded = plain(spec, text)
        assert sorted(terms, key=str) == sorted(want_terms, key=str), spec.rule
        assert {g: sorted(h, key=str) for g, h in groups.items()} == {
            g: sorted(h, key=str) for g, h in want_groups.items()
        }, spec.rule
        assert sorted(excluded, key=str) == sorted(want_excluded, key=str), spec.rule
    return sum(len(f[0]) for f in found)


@pytest.mark.parametrize("name", sorted(p.name for p in REPORTS.glob("*.txt")))
def test_literal_hits_of_a_real_report(name: str) -> None:
    assert compare((REPORTS / name).read_text(encoding="utf-8")) > 0


TERMS = sorted({t for s in SCANNER.specs for t in s.any})[:40]


@settings(max_examples=100, deadline=None)
# astral and ASCII characters too: the automaton works on UTF-8, its offsets are characters
@given(
    st.lists(
        st.sampled_from([*TERMS, "，", "的", "法", "治", "\U00020000", "a1", "\n"]), max_size=30
    ).map("".join)
)
def test_literal_hits_of_generated_text(text: str) -> None:
    compare(text)


def test_rules_without_literals_have_no_literal_hits() -> None:
    literals = matcher._automaton([matcher.Spec(rule="FZ1999", regex=[])])
    assert literals.automaton is None
    assert matcher._literal_hits(literals, "法治政府建设", 1) == [([], {}, [])]
