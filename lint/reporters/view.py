"""The contract view of a report (docs: JSON output, schema version 1).

Every reporter renders from these plain dicts, so positions are resolved in one place:
normalized spans → original offsets → 1-based line/column, and quoted text is always the
ORIGINAL characters.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from lint import __version__
from lint.model import SEVERITY_RANK, Document, Finding, Report, Rule, Section, TopicResult
from lint.offsets import Span

SCHEMA_VERSION = 1
WHOLE_DOCUMENT = Span(0, 0)
FAIL_ON = ("error", "warning", "info", "never")


def original_position(doc: Document, orig: Span) -> dict[str, Any]:
    """Line/column of an ORIGINAL-offset span."""
    line, column = doc.source.line_column(orig.start)
    end_line, end_column = doc.source.line_column(orig.end)
    return {"line": line, "column": column, "end_line": end_line, "end_column": end_column}


class _Places:
    """One report's offset tables, looked up once for all its places: a normalized range → its
    original range (``TextMap.original_range``) → 1-based lines and columns
    (``Source.line_column``)."""

    __slots__ = ("line_column", "original", "source")

    def __init__(self, doc: Document) -> None:
        self.original = doc.textmap.original_range
        self.line_column = doc.source.line_column
        self.source = doc.source.text

    def place(self, start: int, end: int) -> tuple[int, int, int, int]:
        """Line, column, end line and end column of an ORIGINAL range."""
        return (*self.line_column(start), *self.line_column(end))

    def evidence(self, span: Span) -> dict[str, Any]:
        start, end = self.original(span.start, span.end)
        line, column, end_line, end_column = self.place(start, end)
        return {
            "line": line,
            "column": column,
            "end_line": end_line,
            "end_column": end_column,
            "text": self.source[start:end],
        }


def excerpt(doc: Document, span: Span, limit: int = 160) -> str:
    """Original text of the sentence (or clause) containing the span, verbatim."""
    text = doc.text
    if not text:
        return ""
    start = max(0, span.start)
    hi = min(len(text), max(span.end, start + 1))
    # Back to just after the last stop before the span, at most ``limit`` characters; on from
    # ``hi`` to just after the first stop at or after ``hi - 1``, at most ``limit`` past the end.
    floor = max(0, span.start - limit)
    lo = max(floor, *(text.rfind(stop, floor, start) + 1 for stop in _STOPS)) if start else 0
    cap = min(len(text), span.end + limit)
    if hi < cap:
        found = [at for at in (text.find(stop, hi - 1, cap - 1) for stop in _STOPS) if at >= 0]
        hi = min(found) + 1 if found else cap
    return doc.original_text(Span(lo, hi)).strip()


_STOPS = "。；！？\n"


def finding_dict(
    doc: Document,
    finding: Finding,
    rules: Mapping[str, Rule] | None = None,
    places: _Places | None = None,
) -> dict[str, Any]:
    """One finding; ``reference`` (the rule's clause) is an extra field beyond the contract."""
    span = finding.span
    section = doc.section_at(span.start) if len(span) else None
    # About the report as a whole (a missing topic or part): the top of the file.
    if span == WHOLE_DOCUMENT and finding.origin is None:
        line, column, end_line, end_column = 1, 1, 1, 1
    else:
        places = places or _Places(doc)
        line, column, end_line, end_column = places.place(*places.original(span.start, span.end))
    out: dict[str, Any] = {
        "rule": finding.rule,
        "slug": finding.slug,
        "kind": finding.kind,
        "severity": finding.severity,
        "message": finding.message,
        "line": line,
        "column": column,
        "end_line": end_line,
        "end_column": end_column,
        "excerpt": excerpt(doc, span) if len(span) else "",
        "section": f"{section.number}{section.title}" if section else None,
    }
    if finding.origin is not None:
        # A place outside the normalized text (page furniture): quote its original line.
        out.update(original_position(doc, finding.origin))
        line = doc.source.lines[out["line"] - 1]
        out["excerpt"] = line.strip()
    rule = (rules or {}).get(finding.rule)
    if rule is not None:
        out["reference"] = rule.reference
    if finding.related:
        places = places or _Places(doc)
        out["related"] = [places.evidence(s) for s in finding.related]
    return out


def report_dict(report: Report, rules: Mapping[str, Rule] | None = None) -> dict[str, Any]:
    if report.status != "ok" or report.document is None:
        error = report.error
        return {
            "path": report.path,
            "status": "error",
            "error": {"code": error.code, "message": error.message} if error else None,
            "meta": None,
            "score": None,
            "sections": [],
            "topics": [],
            "findings": [],
        }
    doc = report.document
    meta = doc.meta
    places = _Places(doc)
    findings = [finding_dict(doc, f, rules, places) for f in report.findings]
    return {
        "path": report.path,
        "status": "ok",
        "error": None,
        "meta": {
            "title": meta.title,
            "issuer": meta.issuer,
            "level": meta.level,
            "report_year": meta.report_year,
            "published": meta.published,
            "signed": meta.signed,
            "outline": meta.outline,
            "checklist": meta.checklist,
            "script": meta.script,
            "format": doc.source.format,
            "encoding": doc.source.encoding,
        },
        "score": _score_dict(report),
        "sections": _sections(report, places),
        "topics": [
            {
                "rule": t.rule,
                "slug": t.slug,
                "title": t.title,
                "status": t.status,
                "part": t.part,
                "evidence": [places.evidence(s) for s in t.evidence],
            }
            for t in report.topics
        ],
        "findings": findings,
    }


def json_number(value: Decimal | None) -> float | None:
    """A score for the JSON view. Scores are computed and compared as ``Decimal`` quantized to
    one place; JSON has only one number type, and the float of such a Decimal prints with exactly
    the same digits (``Decimal("82.5")`` → ``82.5``), so this is a change of notation only."""
    return None if value is None else float(value)


def _score_dict(report: Report) -> dict[str, Any] | None:
    if report.score is None:
        return None
    return {
        "overall": json_number(report.score.overall),
        "chapters": [
            {
                "id": c.id,
                "title": c.title,
                "score": json_number(c.score),
                "covered": c.covered,
                "total": c.total,
            }
            for c in report.score.chapters
        ],
    }


def _sections(report: Report, places: _Places | None = None) -> list[dict[str, Any]]:
    doc = report.document
    assert doc is not None
    index = _SectionIndex(report)
    places = places or _Places(doc)
    return [_section_dict(section, index, places) for section in doc.sections]


_COUNTED = ("covered", "weak")  # the statuses that cover a topic in a section


class _SectionIndex:
    """Covered topics' evidence and finding offsets, sorted once, so each section is a few
    bisections."""

    def __init__(self, report: Report) -> None:
        topics = report.topics
        self.topics = topics
        self.points = sorted(
            (e.start, i) for i, t in enumerate(topics) if t.status in _COUNTED for e in t.evidence
        )
        self.point_starts = [start for start, _ in self.points]
        self.findings = sorted(f.span.start for f in report.findings if len(f.span))
        self.by_part: dict[str, list[TopicResult]] = {}
        for topic in topics:
            if topic.scored:
                self.by_part.setdefault(topic.part, []).append(topic)
        # No two topics share a rule id, so none equals another (the usual case; see ``score``)
        self.distinct = len({t.rule for t in topics}) == len(topics)

    def score(self, relevant: list[TopicResult], covered: list[TopicResult]) -> float | None:
        """The share of the ``relevant`` topics that are ``covered``, in percent. With distinct
        topics it is counted without comparing them: each covered topic of a part is one of
        its part's relevant topics (covered and weak ones are applicable), and no other
        relevant topic equals it."""
        if not relevant:
            return None
        distinct = self.distinct
        count = sum(1 for t in covered if t.part) if distinct else _count_in(relevant, covered)
        return round(100 * count / len(relevant), 1)

    def covered(self, body: Span) -> list[TopicResult]:
        """Covered (or weak) topics with evidence starting in ``body``, in report order."""
        starts = self.point_starts
        lo = bisect.bisect_left(starts, body.start)
        hi = bisect.bisect_left(starts, body.end, lo)
        if lo == hi:
            return []
        return [self.topics[i] for i in sorted({i for _, i in self.points[lo:hi]})]

    def finding_count(self, body: Span) -> int:
        """Findings (not whole-document ones) starting in ``body``."""
        return bisect.bisect_left(self.findings, body.end) - bisect.bisect_left(
            self.findings, body.start
        )


def _section_dict(section: Section, index: _SectionIndex, places: _Places) -> dict[str, Any]:
    body = section.body
    covered = index.covered(body)
    # A topic the level does not owe is listed among the section's topics, but, as in the
    # report's score, neither makes the section address its part nor counts in its score.
    owed = [t for t in covered if t.scored]
    parts = sorted({t.part for t in owed if t.part})
    # The applicable topics of those parts (counted, so their order does not matter).
    relevant = [t for part in parts for t in index.by_part.get(part, ())]
    heading = section.heading
    start = places.original(heading.start, heading.end)[0]
    end = places.original(body.start, max(body.end, body.start + 1))[1]
    return {
        "number": section.number,
        "title": section.title,
        "level": section.level,
        "line": places.line_column(start)[0],
        "end_line": places.line_column(end)[0],
        "part": section.part,
        "outline_parts": parts,
        "topics": sorted({t.slug or t.rule for t in covered}),
        "score": index.score(relevant, owed),
        "findings": index.finding_count(body),
    }


def _count_in(topics: list[TopicResult], pool: list[TopicResult]) -> int:
    """How many of ``topics`` are ``in pool`` (equal topics share their rule id)."""
    by_rule: dict[str, list[TopicResult]] = {}
    for topic in pool:
        by_rule.setdefault(topic.rule, []).append(topic)
    return sum(1 for t in topics if t in by_rule.get(t.rule, ()))


def exit_code(
    reports: list[Report], fail_on: str = "error", min_score: Decimal | None = None
) -> int:
    """0 nothing at or above ``fail_on``; 1 findings at or above it or a low score; 2 bad input."""
    if any(r.status != "ok" for r in reports):
        return 2
    threshold = SEVERITY_RANK.get(fail_on, 99)
    for report in reports:
        if any(SEVERITY_RANK[f.severity] >= threshold for f in report.findings):
            return 1
        overall = report.score.overall if report.score else None
        if min_score is not None and overall is not None and overall < min_score:
            return 1
    return 0


def summary(reports: list[Report], code: int) -> dict[str, Any]:
    counts = {"error": 0, "warning": 0, "info": 0}
    for report in reports:
        for finding in report.findings:
            counts[finding.severity] += 1
    return {
        "reports": len(reports),
        "failed_reports": sum(1 for r in reports if r.status != "ok"),
        "errors": counts["error"],
        "warnings": counts["warning"],
        "infos": counts["info"],
        "exit_code": code,
    }


def document_dict(
    reports: list[Report], code: int, rules: Mapping[str, Rule] | None = None
) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "fzlint", "version": __version__},
        "reports": [report_dict(r, rules) for r in reports],
        "summary": summary(reports, code),
    }
