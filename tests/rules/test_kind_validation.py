"""Kind-specific keys are checked by the rule's check implementation, at the right line."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from lint.checks import CheckOutput, RunContext
from lint.errors import RuleError
from lint.model import Document, Rule
from lint.rules import build, load_rule_paths


class FakeCheck:
    """Accepts ``params.limit`` (an int); reports errors as real checks do."""

    kind = "numeric"
    names = frozenset({"fake"})

    def validate(self, rule: Rule) -> None:
        limit = rule.params.get("limit")
        if isinstance(limit, dict):
            raise RuntimeError("sloppy validate")
        if not isinstance(limit, int):
            raise RuleError("limit 应为整数", location=rule.origin, key="params.limit")

    def run(self, rules: Sequence[Rule], doc: Document, ctx: RunContext) -> CheckOutput:
        return CheckOutput()


@pytest.fixture
def fake_registry(monkeypatch):
    real = build.registry()
    fake = {**real, ("numeric", "fake"): FakeCheck()}
    monkeypatch.setattr(build, "registry", lambda: fake)


RULE = """
rules:
  - id: N1
    kind: numeric
    check: fake
    title: 假检查
    severity: info
    message: 数字不对
    params:
      other: 1
      limit: {limit}
"""


def test_check_error_is_moved_to_the_key_line(write, tmp_path, fake_registry) -> None:
    write("rules.yaml", RULE.format(limit="'十'"))
    with pytest.raises(RuleError) as caught:
        load_rule_paths([tmp_path / "rules.yaml"], root=tmp_path)
    assert caught.value.message == "rules.yaml:10 [params.limit]: limit 应为整数"


def test_valid_kind_specific_keys_load(write, tmp_path, fake_registry) -> None:
    write("rules.yaml", RULE.format(limit=3))
    rule = load_rule_paths([tmp_path / "rules.yaml"], root=tmp_path).rules["N1"]
    assert rule.params == {"other": 1, "limit": 3}
    assert rule.origin == "rules.yaml:2"


def test_a_crash_in_validate_is_a_rule_error(write, tmp_path, fake_registry) -> None:
    write("rules.yaml", RULE.format(limit="{a: 1}"))
    with pytest.raises(RuleError) as caught:
        load_rule_paths([tmp_path / "rules.yaml"], root=tmp_path)
    assert caught.value.message.startswith("rules.yaml:2: 规则参数无效（RuntimeError")


def test_unknown_pair_lists_the_registered_ones(write, tmp_path, fake_registry) -> None:
    write("rules.yaml", RULE.format(limit=3).replace("check: fake", "check: fakes"))
    with pytest.raises(RuleError) as caught:
        load_rule_paths([tmp_path / "rules.yaml"], root=tmp_path)
    assert caught.value.message.startswith("rules.yaml:4 [check]: 没有 kind=numeric、check=fakes")
    assert "numeric/fake" in caught.value.message
    assert "topic/coverage" in caught.value.message
