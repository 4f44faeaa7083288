"""Every topic grades a text that ends right after one of its hits: a draft cut short, a page
whose excerpt stops mid-sentence. The grade's look-arounds (the next character, the rest of
the clause) must stop at the end of the text, not reach past it."""

from __future__ import annotations

import pytest
from harness import REPORTS, report_doc, results, text_doc, topic_rules


@pytest.mark.parametrize("name", sorted(p.name for p in REPORTS.glob("*.txt")))
def test_a_report_cut_after_each_evidence_still_grades(name: str) -> None:
    full = report_doc(name)
    rules = topic_rules("outline-2021")
    ends = sorted({span.end for topic in results(full, rules) for span in topic.evidence})
    assert ends, "the report has evidence to cut at"
    for end in ends:
        cut = results(text_doc(full.text[:end]), rules)
        assert len(cut) == len(rules)
