"""Time-sensitive wording: terms used before they existed or after they lapsed, the wrong
Outline for the report year, and the one notice that the published text is damaged."""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Sequence
from typing import Any

from lint.checks import CheckOutput, RunContext
from lint.checks.report_numbering import render
from lint.checks.report_parts import structured_spans
from lint.checks.report_text import (
    all_matches,
    any_match,
    parse_date,
    published,
    sentence_at,
)
from lint.errors import RuleError
from lint.model import Document, Finding, Rule
from lint.offsets import Span
from lint.rules.regex import compile_pattern


def _check_terms(rule: Rule, date_key: str) -> None:
    terms = rule.params.get("terms")
    if not isinstance(terms, list) or not terms:
        raise RuleError("params.terms 应为非空列表", location=rule.origin, key="params.terms")
    for index, term in enumerate(terms):
        key = f"params.terms[{index}]"
        if not isinstance(term, dict) or not isinstance(term.get("name"), str):
            raise RuleError("每个术语需要 name", location=rule.origin, key=key)
        if term.get(date_key) is None or (
            date_key == "since" and parse_date(term["since"]) is None
        ):
            raise RuleError(f"术语需要 {date_key}", location=rule.origin, key=f"{key}.{date_key}")
        for name in ("patterns", "allow_context"):
            for j, source in enumerate(term.get(name) or []):
                compile_pattern(source, rule.origin, f"{key}.{name}[{j}]")
        if not term.get("patterns"):
            raise RuleError("术语需要 patterns", location=rule.origin, key=f"{key}.patterns")


def horizon(doc: Document) -> datetime.date | None:
    """The latest date a report may speak of: its publication, else the end of Q1 of Y+1."""
    date = published(doc)
    if date is not None:
        return date
    year = doc.meta.report_year
    return None if year is None else datetime.date(year + 1, 3, 31)


def term_hits(doc: Document, term: dict[str, Any], plans: list[Span]) -> list[Span]:
    """Occurrences of a term, less those whose sentence matches ``allow_context`` (and those
    in the plans when ``allow_in_plans``)."""
    hits = []
    for span in all_matches(term["patterns"], doc.text):
        if term.get("allow_in_plans") and any(p.contains(span.start) for p in plans):
            continue
        sentence = sentence_at(doc, span.start)
        if any_match(term.get("allow_context") or [], doc.text, sentence.start, sentence.end):
            continue
        hits.append(span)
    return hits


def _term_finding(rule: Rule, term: dict[str, Any], hits: list[Span], **fields: str) -> Finding:
    message = render(rule, term=term["name"], note=str(term.get("note", "")), **fields)
    severity = None if term.get("verified", True) else "info"
    return rule.finding(hits[0], message, related=tuple(hits[1:]), severity=severity)


class TermTooEarly:
    """``phrase/term-too-early``: a term that came into use after the report's horizon."""

    kind = "phrase"
    names = frozenset({"term-too-early"})

    def validate(self, rule: Rule) -> None:
        _check_terms(rule, "since")
        render(rule, term="", since="", horizon="", note="")

    def run(self, rules: Sequence[Rule], doc: Document, ctx: RunContext) -> CheckOutput:
        out = CheckOutput()
        limit = horizon(doc)
        if limit is None:
            return out
        plans = structured_spans(doc, "plans")
        for rule in rules:
            for term in rule.params["terms"]:
                since = parse_date(term["since"])
                if since is None or since <= limit:
                    continue
                hits = term_hits(doc, term, plans)
                if hits:
                    fields = {"since": str(term["since"]), "horizon": limit.isoformat()}
                    out.findings.append(_term_finding(rule, term, hits, **fields))
        return out


class TermExpired:
    """``phrase/term-expired``: a lapsed term presented as current work (``allow_context``
    lists the retrospective wordings that are fine: 原…, 总结, 验收, 收官 …)."""

    kind = "phrase"
    names = frozenset({"term-expired"})

    def validate(self, rule: Rule) -> None:
        _check_terms(rule, "current_until_year")
        render(rule, term="", until="", year="", note="")

    def run(self, rules: Sequence[Rule], doc: Document, ctx: RunContext) -> CheckOutput:
        out = CheckOutput()
        year = doc.meta.report_year
        if year is None:
            return out
        for rule in rules:
            for term in rule.params["terms"]:
                if year <= int(term["current_until_year"]):
                    continue
                hits = term_hits(doc, term, [])
                if hits:
                    fields = {"until": str(term["current_until_year"]), "year": str(year)}
                    out.findings.append(_term_finding(rule, term, hits, **fields))
        return out


class OutlineMismatch:
    """``phrase/outline-mismatch``: wording of the other Outline for this report year
    (``rule.years`` selects the report years; ``params.patterns``, ``params.exclude``)."""

    kind = "phrase"
    names = frozenset({"outline-mismatch"})

    def validate(self, rule: Rule) -> None:
        if rule.years is None:
            raise RuleError("outline-mismatch 规则需要 years", location=rule.origin, key="years")
        for name in ("patterns", "exclude"):
            sources = rule.params.get(name) or []
            if name == "patterns" and not sources:
                raise RuleError("需要 params.patterns", location=rule.origin, key="params.patterns")
            for index, source in enumerate(sources):
                compile_pattern(source, rule.origin, f"params.{name}[{index}]")
        render(rule, found="", year="")

    def run(self, rules: Sequence[Rule], doc: Document, ctx: RunContext) -> CheckOutput:
        out = CheckOutput()
        year = doc.meta.report_year
        for rule in rules:
            if not rule.admits_year(year, unknown=False):
                continue
            term = {
                "patterns": rule.params["patterns"],
                "allow_context": rule.params.get("exclude"),
            }
            hits = term_hits(doc, term, [])
            if hits:
                found = doc.text[hits[0].start : hits[0].end]
                message = render(rule, found=found, year=str(year))
                out.findings.append(rule.finding(hits[0], message, related=tuple(hits[1:])))
        return out


class DamagedText:
    """``format/damaged-text``: one notice per report whose published text needed repairs."""

    kind = "format"
    names = frozenset({"damaged-text"})

    def validate(self, rule: Rule) -> None:
        names = rule.params.get("kind_names", {})
        if not isinstance(names, dict):
            raise RuleError(
                "params.kind_names 应为映射", location=rule.origin, key="params.kind_names"
            )
        render(rule, count="", kinds="")

    def run(self, rules: Sequence[Rule], doc: Document, ctx: RunContext) -> CheckOutput:
        out = CheckOutput()
        first = doc.repairs.first()  # (of hundreds in a damaged report: none made but it)
        if first is None:
            return out
        counts = Counter(doc.repairs.kinds())
        for rule in rules:
            names = rule.params.get("kind_names", {})
            kinds = "、".join(f"{names.get(k, k)} {n} 处" for k, n in counts.most_common())
            message = render(rule, count=str(len(doc.repairs)), kinds=kinds)
            out.findings.append(rule.finding(first.span, message, data=dict(counts)))
        return out


CHECKS_TERMS = [TermTooEarly(), TermExpired(), OutlineMismatch(), DamagedText()]
