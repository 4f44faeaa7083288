"""Rule examples are tests: every bundled rule, alone, on each of its own examples.

A ``bad`` example must make the rule fire (a finding of that rule; for a topic rule, a
status other than ``covered``); a ``good`` one must not (topic: ``covered``). Meta-tests
check that every rule is documented and has examples, and that every checklist resolves.
Run one rule's cases with ``pytest -k FZ1001``.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from lint.checks import RunContext, implementation
from lint.document import document_from_text
from lint.engine import outline_for
from lint.errors import RuleError
from lint.model import Example, Rule
from lint.rules import RuleSet, load_bundled
from lint.rules.resolve import bundled_checklists


@dataclass
class Loaded:
    ruleset: RuleSet
    error: RuleError | None = None


def _load() -> Loaded:
    try:
        return Loaded(load_bundled(checklists=False))
    except RuleError as exc:  # reported by test_bundled_rules_load, not a collection error
        return Loaded(RuleSet(), exc)


LOADED = _load()
RULES = sorted(LOADED.ruleset.rules.values(), key=lambda r: r.id)


def _cases() -> list[object]:
    cases = []
    for rule in RULES:
        for good in (True, False):
            items = [e for e in rule.examples if e.good == good]
            name = "good" if good else "bad"
            cases += [
                pytest.param(rule, e, id=f"{rule.id}.{name}[{i}]") for i, e in enumerate(items)
            ]
    return cases


def run_alone(rule: Rule, example: Example) -> tuple[list[str], list[str]]:
    """The rule's topic statuses and finding messages on one example."""
    doc = document_from_text(example.text)
    for key, value in example.meta.items():
        setattr(doc.meta, key, value)
    outline = rule.part.split("/")[0] if rule.part else outline_for(doc.meta.report_year)
    doc.meta.outline = outline
    impl = implementation(rule)
    assert impl is not None, f"{rule.id}: no implementation"
    output = impl.run([rule], doc, RunContext(outline=outline))
    statuses = [t.status for t in output.topics if t.rule == rule.id]
    messages = [f.message for f in output.findings if f.rule == rule.id]
    return statuses, messages


def test_bundled_rules_load() -> None:
    assert LOADED.error is None, LOADED.error.message if LOADED.error else ""


@pytest.mark.parametrize(("rule", "example"), _cases())
def test_rule_example(rule: Rule, example: Example) -> None:
    statuses, messages = run_alone(rule, example)
    if rule.kind == "topic":
        assert len(statuses) == 1, statuses
        if example.good:
            assert statuses == ["covered"], f"good example not covered: {example.text}"
        else:
            assert statuses[0] in ("missing", "weak", "planned"), (
                f"bad example covered: {example.text}"
            )
    elif example.good:
        assert messages == [], f"good example fired: {messages}"
    else:
        assert messages, f"bad example did not fire: {example.text}"


@pytest.mark.parametrize("rule", [pytest.param(r, id=f"{r.id}.documented") for r in RULES])
def test_rule_is_documented(rule: Rule) -> None:
    missing = [name for name in ("summary", "reference") if not getattr(rule, name)]
    assert not missing, f"{rule.origin}: 缺少 {', '.join(missing)}"
    kinds = {e.good for e in rule.examples}
    assert kinds == {True, False}, f"{rule.origin}: 至少需要一个 good 和一个 bad 示例"


def test_topic_slugs_unique_within_a_pack() -> None:
    seen: dict[tuple[str, str], str] = {}
    for rule in RULES:
        if rule.kind != "topic" or not rule.part:
            continue
        key = (rule.part.split("/")[0], rule.slug)
        assert key not in seen, f"{rule.id} 与 {seen[key]} 在同一纲要包中使用同一 slug {rule.slug}"
        seen[key] = rule.id


@pytest.mark.parametrize("name", sorted(bundled_checklists()))
def test_checklist_resolves(name: str) -> None:
    from lint.rules.resolve import resolve

    available = bundled_checklists()
    resolved = resolve(available[name], available, RULES)
    assert resolved.coverage.keys() == {"missing", "weak", "planned"}
