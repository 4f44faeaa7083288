"""The real reports: agreement with hand labels, and deleting a topic's sentences removes it.

Labels (fixtures/labels/<report>.yaml) were written by reading each report, before running the
matcher; each has a one-line justification.
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from harness import LABELS, report_doc, results, text_doc, topic_rules

from lint.model import Rule
from lint.rules.regex import compile_pattern
from lint.segment import SENTENCE_ENDS

REPORTS = ["jinta-2023.txt", "shiyan-2023.txt", "weibin-2024.txt"]


def _labels(report: str) -> dict[str, Any]:
    path = LABELS / report.replace(".txt", ".yaml")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["report"] == report
    return dict(data["labels"])


@pytest.mark.parametrize("report", REPORTS)
def test_agreement_with_hand_labels(report: str) -> None:
    labels = _labels(report)
    assert len(labels) >= 25
    got = {t.slug: t.status for t in results(report_doc(report), topic_rules("outline-2021"))}
    disagree = {s: (v["status"], got[s]) for s, v in labels.items() if got[s] != v["status"]}
    assert len(disagree) <= 0.1 * len(labels), disagree


def _mentions(rule: Rule, sentence: str) -> bool:
    match = rule.params["match"]
    terms = list(match.get("any") or [])
    terms += [t for group in (match.get("components") or {}).get("of", []) for t in group]
    if any(term in sentence for term in terms):
        return True
    patterns = [p for key in ("regex", "deeds", "related") for p in match.get(key) or []]
    return any(compile_pattern(p).search(sentence) for p in patterns)


def _sentences(text: str) -> list[str]:
    out, current = [], ""
    for char in text:
        current += char
        if char in SENTENCE_ENDS:
            out.append(current)
            current = ""
    return [*out, current]


@pytest.mark.parametrize("report", REPORTS)
def test_deleting_topic_sentences_makes_it_missing(report: str) -> None:
    doc = report_doc(report)
    rules = topic_rules("outline-2021")
    covered = [t for t in results(doc, rules) if t.status in ("covered", "weak")]
    assert len(covered) >= 20
    failures = []
    for topic in covered:
        rule = next(r for r in rules if r.id == topic.rule)
        kept = "".join(s for s in _sentences(doc.text) if not _mentions(rule, s))
        status = results(text_doc(kept), [rule])[0].status
        if status != "missing":
            failures.append((topic.slug, status))
    assert len(failures) <= 0.1 * len(covered), failures
