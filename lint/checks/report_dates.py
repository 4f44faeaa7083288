"""Dates: the publication deadline, and report years that disagree with the text's years."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator, Sequence

from lint.checks import CheckOutput, RunContext
from lint.checks.report_numbering import render
from lint.checks.report_parts import structured_spans
from lint.checks.report_text import (
    any_match,
    meta_span,
    published,
    require_patterns,
    sentences,
)
from lint.errors import RuleError
from lint.model import Document, Finding, Rule
from lint.offsets import Span

_MONTH_DAY = re.compile(r"(\d{2})-(\d{2})\Z")
_HEADING_YEAR = re.compile(r"^\D{0,8}?(20\d{2})年(?!以来|至|—|-|~)")
_PLAN_YEAR = re.compile(r"(20\d{2})年度?，?(?:我们|我[市县区州省镇乡旗局委办]|全[市县区州省旗])将")


def _month_day(rule: Rule, key: str, required: bool) -> tuple[int, int] | None:
    value = rule.params.get(key)
    if value is None and not required:
        return None
    match = _MONTH_DAY.match(str(value))
    if not match:
        raise RuleError("应为 MM-DD 形式的日期", location=rule.origin, key=f"params.{key}")
    return int(match.group(1)), int(match.group(2))


class PublicationDeadline:
    """``format/publication-deadline``: published after ``last_day`` of the year after.

    ``params.last_day`` (MM-DD) is the last compliant day; ``params.grace_day`` (optional) is a
    day after it reported with ``params.grace_severity`` instead of the rule's severity.
    """

    kind = "format"
    names = frozenset({"publication-deadline"})

    def validate(self, rule: Rule) -> None:
        _month_day(rule, "last_day", True)
        _month_day(rule, "grace_day", False)
        render(rule, published="", deadline="", year="")

    def run(self, rules: Sequence[Rule], doc: Document, ctx: RunContext) -> CheckOutput:
        out = CheckOutput()
        year, date = doc.meta.report_year, published(doc)
        if year is None or date is None:
            return out
        for rule in rules:
            if rule.admits_year(year, unknown=False) and rule.admits_level(doc.meta.level):
                out.findings.extend(self._check(rule, doc, year, date))
        return out

    def _check(self, rule: Rule, doc: Document, year: int, date: datetime.date) -> list[Finding]:
        month, day = _month_day(rule, "last_day", True) or (3, 31)
        last = datetime.date(year + 1, month, day)
        if date <= last:
            return []
        grace = _month_day(rule, "grace_day", False)
        severity = None
        if grace is not None and date <= datetime.date(year + 1, *grace):
            severity = str(rule.params.get("grace_severity", "info"))
        message = render(
            rule, published=date.isoformat(), deadline=last.isoformat(), year=str(year)
        )
        span = meta_span(doc.meta.published_span)
        origin = doc.meta.published_origin if doc.meta.published_span is None else None
        return [rule.finding(span, message, severity=severity, origin=origin)]


class ReportYearConsistency:
    """``format/report-year-consistency``: the year of a part's heading, of the opening
    sentence or of a plan sentence disagrees with the report year (plans: the year after)."""

    kind = "format"
    names = frozenset({"report-year-consistency"})

    def validate(self, rule: Rule) -> None:
        require_patterns(rule, "shortcoming_cues")
        render(rule, found="", expected="", where="")

    def run(self, rules: Sequence[Rule], doc: Document, ctx: RunContext) -> CheckOutput:
        out = CheckOutput()
        year = doc.meta.report_year
        if year is None:
            return out
        for rule in rules:
            if not rule.admits_year(year, unknown=False):
                continue
            seen: set[Span] = set()
            for span, found, expected, where in self._mismatches(rule, doc, year):
                if span in seen:
                    continue
                seen.add(span)
                message = render(rule, found=str(found), expected=str(expected), where=where)
                out.findings.append(rule.finding(span, message))
        return out

    def _mismatches(
        self, rule: Rule, doc: Document, year: int
    ) -> Iterator[tuple[Span, int, int, str]]:
        yield from _heading_years(doc, year)
        yield from _opening_year(doc, year)
        for start, end in _plan_scopes(rule, doc):
            for sentence in sentences(doc.text, Span(start, end)):
                match = _PLAN_YEAR.match(doc.text, sentence.start, sentence.end)
                if match and int(match.group(1)) <= year:
                    span = Span(match.start(1), match.end(1) + 1)
                    yield span, int(match.group(1)), year + 1, "下一年度安排"


def _heading_years(doc: Document, year: int) -> Iterator[tuple[Span, int, int, str]]:
    top = min((s.level for s in doc.sections), default=0)
    for section in doc.sections:
        if section.level != top or section.part not in ("measures", "shortcomings", "plans"):
            continue
        match = _HEADING_YEAR.match(section.title)
        expected = year + 1 if section.part == "plans" else year
        if match and int(match.group(1)) != expected:
            start = doc.text.find(match.group(1), section.heading.start, section.heading.end)
            if start >= 0:
                yield Span(start, start + 5), int(match.group(1)), expected, "标题"


def _opening_year(doc: Document, year: int) -> Iterator[tuple[Span, int, int, str]]:
    """The first body sentence before any heading that starts with a year ("2023年，…")."""
    first_heading = min((s.heading.start for s in doc.sections), default=len(doc.text))
    for para in doc.paragraphs:
        if para.start >= first_heading:
            return
        match = re.match(r"(20\d{2})年度?，", doc.text[para.start : para.end])
        if match and len(doc.text[para.start : para.end]) > 60:
            if int(match.group(1)) != year:
                span = Span(para.start, para.start + 5)
                yield span, int(match.group(1)), year, "开篇"
            return


def _plan_scopes(rule: Rule, doc: Document) -> list[tuple[int, int]]:
    """Structured plans, and the text from the first sign of the shortcomings to the end."""
    scopes = [(s.start, s.end) for s in structured_spans(doc, "plans")]
    starts = [s.start for s in structured_spans(doc, "shortcomings")]
    cue = any_match(rule.params["shortcoming_cues"], doc.text)
    if cue is not None:
        starts.append(cue.start)
    if starts:
        scopes.append((min(starts), len(doc.text)))
    return scopes


CHECKS_DATES = [PublicationDeadline(), ReportYearConsistency()]
