"""Every report/phrase rule alone on its own examples: bad fires, good does not."""

from __future__ import annotations

import pytest
from report_harness import doc_for, rules_with_prefix, run_rule

from lint.model import Rule

RULES = rules_with_prefix("FZS", "FZF", "FZP")
CASES = [
    pytest.param(rule, index, id=f"{rule.id}.{'good' if ex.good else 'bad'}{index}")
    for rule in RULES
    for index, ex in enumerate(rule.examples)
]


def test_every_rule_has_good_and_bad_examples() -> None:
    assert len(RULES) >= 19
    for rule in RULES:
        assert any(e.good for e in rule.examples), rule.id
        assert any(not e.good for e in rule.examples), rule.id


@pytest.mark.parametrize(("rule", "index"), CASES)
def test_example(rule: Rule, index: int) -> None:
    example = rule.examples[index]
    findings = run_rule(rule, doc_for(example.text, example.meta))
    if example.good:
        assert findings == [], [f.message for f in findings]
    else:
        assert findings, example.text
        assert {f.rule for f in findings} == {rule.id}
