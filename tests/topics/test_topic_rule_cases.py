"""Data-driven topic cases (fixtures/rule_cases/FZ1*, FZ2*) and every topic rule's own examples.

Each case runs its rule alone over the text (with the rules its ``with`` lists, for an umbrella
topic whose grade depends on other topics' hits); the expected status is exact. Examples: a good
example must be ``covered``, a bad one must not be.
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from harness import ROOT, results, ruleset, text_doc, topic_rules

CASE_DIR = ROOT / "fixtures" / "rule_cases"


def _cases() -> list[Any]:
    params = []
    for path in sorted(CASE_DIR.glob("FZ[12]*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            params.append(pytest.param(data["rule"], case, id=f"{data['rule']}.{case['id']}"))
    return params


def _examples() -> list[Any]:
    params = []
    for pack in ("outline-2021", "outline-2015"):
        for rule in topic_rules(pack):
            for index, example in enumerate(rule.examples):
                kind = "good" if example.good else "bad"
                params.append(
                    pytest.param(rule.id, example, id=f"{rule.id}.example-{kind}-{index}")
                )
    return params


@pytest.mark.parametrize(("rule_id", "case"), _cases())
def test_rule_case(rule_id: str, case: dict[str, Any]) -> None:
    rules = [ruleset().rules[rule_id], *(ruleset().rules[other] for other in case.get("with", []))]
    topic = results(text_doc(case["text"], case.get("meta")), rules)[0]
    assert topic.status == case["expect"]["status"], [str(e) for e in topic.evidence]


@pytest.mark.parametrize(("rule_id", "example"), _examples())
def test_rule_example(rule_id: str, example: Any) -> None:
    rule = ruleset().rules[rule_id]
    status = results(text_doc(example.text, example.meta), [rule])[0].status
    assert (status == "covered") == example.good, status
