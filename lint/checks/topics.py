"""Topic coverage: does the report cover each Outline topic, and how well."""

from __future__ import annotations

import re
from collections.abc import Sequence

from lint.checks import CheckOutput, RunContext
from lint.errors import RuleError
from lint.model import Document, Rule, Span, TopicResult


class TopicCheck:
    kind = "topic"
    names = frozenset({"coverage"})

    def validate(self, rule: Rule) -> None:
        match = rule.params.get("match")
        if not isinstance(match, dict) or not (match.get("any") or match.get("regex")):
            raise RuleError(
                "topic 规则需要 match.any 或 match.regex", location=rule.origin, key="match"
            )

    def run(self, rules: Sequence[Rule], doc: Document, ctx: RunContext) -> CheckOutput:
        out = CheckOutput()
        for rule in rules:
            if rule.id in ctx.not_applicable:
                out.topics.append(
                    TopicResult(rule.id, rule.slug, rule.title, "not-applicable", rule.part)
                )
                continue
            hits = _hits(rule, doc.text)
            status = "covered" if hits else "missing"
            if hits and all(doc.part_at(h.start) in ("plans", "shortcomings") for h in hits):
                status = "planned"
            out.topics.append(
                TopicResult(rule.id, rule.slug, rule.title, status, rule.part, hits[:3])
            )
            severity = ctx.coverage_severity.get(status, "")
            if severity:
                out.findings.append(
                    rule.finding(hits[0] if hits else Span(0, 0), severity=severity)
                )
        return out


def _hits(rule: Rule, text: str) -> list[Span]:
    match = rule.params["match"]
    spans: list[Span] = []
    for term in match.get("any") or []:
        spans.extend(Span(m.start(), m.end()) for m in re.finditer(re.escape(term), text))
    for pattern in match.get("regex") or []:
        spans.extend(Span(m.start(), m.end()) for m in re.finditer(pattern, text))
    return sorted(spans)


CHECKS = [TopicCheck()]
