"""Component hits: skipping containers with too few groups before deciding word boundaries
gives the hits of the plain form (every hit's boundaries decided first), on the real reports
and on generated text, for every bundled topic rule with ``components``."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint import matcher
from lint.document import document_from_text
from lint.model import Document
from lint.offsets import Span
from lint.rules import load_bundled
from lint.segment import Cuts

REPORTS = Path(__file__).resolve().parents[2] / "fixtures" / "reports"
RULES = [r for r in load_bundled().rules.values() if r.kind == "topic"]
SPECS = [s for s in (matcher.parse_spec(r) for r in RULES) if s.components]


def plain(spec: matcher.Spec, doc: Document, cuts: Cuts, groups, excluded) -> list[Span]:
    """The component hits as first written: each hit counted, then containers grouped."""
    assert spec.components is not None
    by_container: dict[Span, dict[int, list[Span]]] = {}
    for group, hits in groups.items():
        for hit, term in hits:
            if not matcher._counts(spec, doc.text, hit, term, excluded, {}):
                continue
            box = matcher._container(doc, cuts, hit.start, spec.components.within)
            by_container.setdefault(box, {}).setdefault(group, []).append(hit)
    return [
        hit
        for met in by_container.values()
        if len(met) >= spec.components.min
        for hits in met.values()
        for hit in hits
    ]


SCANNER = matcher.TopicMatcher(RULES)


def compare(doc: Document) -> int:
    scanner = SCANNER
    found = matcher._literal_hits(scanner.automaton, doc.text, len(scanner.specs))
    cuts = Cuts.of(doc.text)
    compared = 0
    for index, spec in enumerate(scanner.specs):
        if not spec.components:
            continue
        _terms, groups, excluded = found[index]
        fast = matcher._component_hits(spec, doc, cuts, groups, excluded, {})
        assert sorted(fast) == sorted(plain(spec, doc, cuts, groups, excluded)), spec.rule
        compared += len(fast)
    return compared


def test_the_bundled_rules_have_components() -> None:
    assert len(SPECS) >= 3


@pytest.mark.parametrize("name", sorted(p.name for p in REPORTS.glob("*.txt")))
def test_component_hits_as_the_plain_form_in_a_real_report(name: str) -> None:
    text = (REPORTS / name).read_text(encoding="utf-8")
    assert compare(document_from_text(text)) > 0


TERMS = sorted({t for s in SPECS for g in s.components.groups for t in g})  # type: ignore[union-attr]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([*TERMS, "，", "。", "\n", "陈述", "工作"]), max_size=30))
def test_component_hits_as_the_plain_form_in_generated_text(pieces: list[str]) -> None:
    compare(document_from_text("".join(pieces)))
