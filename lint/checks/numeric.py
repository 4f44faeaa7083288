"""Numeric consistency: figures that contradict each other (rules in ``rules/numeric/``).

Each rule names one relation (``check``) and carries the report phrasings it binds figures
with (``params``). Figures are Decimal intervals; a relation is reported only when the
intervals cannot agree (see ``rules/numeric/README.md``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from lint.checks import CheckOutput, RunContext, check_name
from lint.errors import RuleError
from lint.model import Document, Rule
from lint.numeric.bind import TextView, view_of
from lint.numeric.enumeration import check_enumeration, check_restated
from lint.numeric.issue import Issue
from lint.numeric.lists import check_breakdown
from lint.numeric.relations import check_bounded_rate, check_direction, check_funnel, check_rate

Evaluator = Callable[[TextView, Document, dict[str, Any]], list[Issue]]

# check name -> (evaluator, required list params)
EVALUATORS: dict[str, tuple[Evaluator, tuple[str, ...]]] = {
    "rate": (lambda v, d, p: check_rate(v, p), ("rate", "numerator", "denominator")),
    "bounded-rate": (lambda v, d, p: check_bounded_rate(v, p), ("suffixes", "growth")),
    "breakdown-exceeds": (lambda v, d, p: check_breakdown(v, p)[0], ()),
    "breakdown-sum": (lambda v, d, p: check_breakdown(v, p)[1], ()),
    "funnel": (lambda v, d, p: check_funnel(v, p), ("stages",)),
    "direction": (lambda v, d, p: check_direction(v, p), ("up", "down", "from")),
    "enumeration": (lambda v, d, p: check_enumeration(v, p), ("units",)),
    "restated": (check_restated, ("scopes",)),
}
_OPTIONAL_LISTS = (
    "exclude",
    "not_parts",
    "overlapping",
    "hedges",
    "carryover",
    "breaks",
    "caveats",
)
_SEVERITIES = ("error", "warning", "info")


class NumericCheck:
    kind = "numeric"
    names = frozenset(EVALUATORS)

    def validate(self, rule: Rule) -> None:
        _, required = EVALUATORS[check_name(rule)]
        for key in required:
            if key not in rule.params:
                raise RuleError(f"numeric 规则缺少参数 params.{key}", location=rule.origin, key=key)
        for key in (*required, *_OPTIONAL_LISTS):
            if key in rule.params:
                _check_list(rule, key, rule.params[key])
        severity = rule.params.get("explicit_severity")
        if severity is not None and severity not in _SEVERITIES:
            raise RuleError(
                "params.explicit_severity 必须是 error、warning 或 info",
                location=rule.origin,
                key="explicit_severity",
            )

    def run(self, rules: Sequence[Rule], doc: Document, ctx: RunContext) -> CheckOutput:
        view = view_of(doc.text)
        out = CheckOutput()
        for rule in rules:
            evaluator, _ = EVALUATORS[check_name(rule)]
            for issue in evaluator(view, doc, rule.params):
                related = tuple(view.doc_span(span) for span in issue.related)
                finding = rule.finding(
                    view.doc_span(issue.span),
                    issue.message,
                    related=related,
                    severity=issue.severity or None,
                    data=issue.data,
                )
                out.findings.append(finding)
        return out


def _check_list(rule: Rule, key: str, value: Any) -> None:
    """Params are lists of phrases (``stages``: a list of such lists)."""
    items = value if key != "stages" else [p for stage in value for p in stage]
    nested_ok = key != "stages" or all(isinstance(stage, list) for stage in value)
    if not isinstance(value, list) or not nested_ok or not value:
        raise RuleError(f"params.{key} 必须是非空列表", location=rule.origin, key=key)
    if not all(isinstance(item, str) and item for item in items):
        raise RuleError(f"params.{key} 的每一项必须是非空字符串", location=rule.origin, key=key)


CHECKS = [NumericCheck()]
