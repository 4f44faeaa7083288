"""Data-driven rule cases (fixtures/rule_cases/FZS*, FZF*, FZP*): one rule alone, exact findings."""

from __future__ import annotations

from typing import Any

import pytest
from report_harness import doc_for, line_of, load_cases, ruleset, run_rule

CASES = [
    pytest.param(rule_id, case, id=f"{rule_id}.{case_id}")
    for rule_id, case_id, case in load_cases(("FZS", "FZF", "FZP"))
]


@pytest.mark.parametrize(("rule_id", "case"), CASES)
def test_rule_case(rule_id: str, case: dict[str, Any]) -> None:
    rule = ruleset().rules[rule_id]
    doc = doc_for(case["text"], case.get("meta"))
    findings = run_rule(rule, doc)
    got = sorted(((line_of(doc, f), f.severity) for f in findings), key=str)
    want = sorted(((e["line"], e["severity"]) for e in case["expect"]), key=str)
    assert got == want, [f.message for f in findings]
    assert all(f.rule == rule_id for f in findings)


def test_every_report_rule_has_cases() -> None:
    covered = {rule_id for rule_id, _, _ in load_cases(("FZS", "FZF", "FZP"))}
    ids = {r for r in ruleset().rules if r.startswith(("FZS", "FZF", "FZP"))}
    assert ids <= covered, sorted(ids - covered)
