"""Every numeric rule alone on its examples and on its case file, with exact findings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from lint.checks.numeric import NumericCheck
from lint.model import Example, Rule
from tests.numeric.conftest import ROOT, numeric_rules, run_rules

CASES = sorted((ROOT / "fixtures" / "rule_cases").glob("FZN*.yaml"))


def _examples() -> list[Any]:
    params = []
    for rule in numeric_rules().values():
        for index, example in enumerate(rule.examples, 1):
            kind = "good" if example.good else "bad"
            params.append(pytest.param(rule, example, id=f"{rule.id}.example.{kind}.{index}"))
    return params


def _cases() -> list[Any]:
    params = []
    for path in CASES:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            params.append(pytest.param(data["rule"], case, id=f"{data['rule']}.{case['name']}"))
    return params


def test_every_rule_has_good_and_bad_examples() -> None:
    rules = numeric_rules()
    assert len(rules) >= 9
    for rule in rules.values():
        assert any(e.good for e in rule.examples) and any(not e.good for e in rule.examples)
        assert rule.id.startswith("FZN2") and rule.kind == "numeric"
        NumericCheck().validate(rule)


@pytest.mark.parametrize(("rule", "example"), _examples())
def test_example(rule: Rule, example: Example) -> None:
    _, findings = run_rules([rule], example.text)
    assert [f.rule for f in findings] == ([] if example.good else [rule.id] * len(findings))
    assert bool(findings) != example.good


@pytest.mark.parametrize(("rule_id", "case"), _cases())
def test_case(rule_id: str, case: dict[str, Any]) -> None:
    rule = numeric_rules()[rule_id]
    doc, findings = run_rules([rule], case["text"])
    got = [
        {
            "severity": f.severity,
            "excerpt": doc.original_text(f.span),
            "related": [doc.original_text(s) for s in f.related],
            "message": f.message,
        }
        for f in findings
    ]
    assert got == case["findings"]
    assert all(f.kind == "numeric" and f.rule == rule_id for f in findings)


def test_case_files_exist_for_rules() -> None:
    assert {Path(p).stem for p in CASES} <= set(numeric_rules())
