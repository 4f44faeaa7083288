"""Bad numeric rule parameters are reported with the file and key, never a traceback."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from lint.checks.numeric import NumericCheck
from lint.errors import RuleError
from tests.numeric.conftest import numeric_rules

BAD_PARAMS = [
    ("FZN201", {"rate": ["纠错率"], "numerator": ["纠错"]}, "denominator"),
    ("FZN201", {"rate": "纠错率", "numerator": ["纠错"], "denominator": ["办结"]}, "rate"),
    ("FZN201", {"rate": [], "numerator": ["纠错"], "denominator": ["办结"]}, "rate"),
    ("FZN207", {"stages": ["收到", "受理"]}, "stages"),
    ("FZN207", {"stages": [["收到"], [""]]}, "stages"),
    ("FZN206", {"explicit_severity": "fatal"}, "explicit_severity"),
    ("FZN209", {}, "units"),
]


@pytest.mark.parametrize(("rule_id", "params", "key"), BAD_PARAMS)
def test_bad_params_raise_rule_error(rule_id: str, params: dict[str, Any], key: str) -> None:
    rule = replace(numeric_rules()[rule_id], params=params, origin="rules/numeric/x.yaml:3")
    with pytest.raises(RuleError) as info:
        NumericCheck().validate(rule)
    assert info.value.key == key
    assert "rules/numeric/x.yaml:3" in str(info.value)
    assert info.value.code == "bad-rule"
