"""The data that flows through fzlint: documents, rules, findings, reports. Imports only
``lint.offsets`` (spans, the original text and the map between them).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from lint.offsets import Repairs, Source, Span, TextMap

Level = Literal["province", "city", "county", "township", "department", "unknown"]
Part = Literal["preamble", "measures", "responsibility", "shortcomings", "plans", "other"]
Severity = Literal["error", "warning", "info"]
FindingKind = Literal["coverage", "structure", "numeric", "format", "phrase", "input"]
TopicStatus = Literal["covered", "weak", "planned", "missing", "not-applicable"]

SEVERITY_RANK: dict[str, int] = {"info": 1, "warning": 2, "error": 3}
PARTS: tuple[str, ...] = (
    "preamble",
    "measures",
    "responsibility",
    "shortcomings",
    "plans",
    "other",
)


@dataclass
class Section:
    """A heading of the report and the body it governs."""

    number: str  # as the report numbers it: "一、", "（一）", "1.", "一是"; "" when unnumbered
    title: str  # normalized heading text without the number
    level: int  # 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）, 5 for ①; 6 for 一是 items
    heading: Span  # normalized span of the heading text (number included)
    body: Span  # normalized span from the heading to the next heading of the same or higher level
    part: str = "other"  # one of PARTS


@dataclass(frozen=True)
class PartSpan:
    """A stretch of the normalized text that belongs to one report part."""

    part: str
    span: Span
    headed: bool  # True when a heading announced the part; False for unheaded paragraphs


@dataclass
class Meta:
    title: str | None = None
    issuer: str | None = None
    level: str = "unknown"
    report_year: int | None = None
    published: str | None = None  # ISO date
    signed: str | None = None  # ISO date
    outline: str | None = None
    checklist: str | None = None
    script: str = "simplified"
    # Where each fact was found (normalized spans), for explanations and format checks.
    title_span: Span | None = None
    published_span: Span | None = None
    signed_span: Span | None = None
    # The same in ORIGINAL offsets, for facts found in text the normalizer drops (page
    # furniture such as ``发布日期: 2025-01-03``), so a finding can still point at them.
    published_origin: Span | None = None


@dataclass
class Document:
    """A normalized, structured report ready for checks."""

    source: Source
    textmap: TextMap
    meta: Meta
    sections: list[Section] = field(default_factory=list)
    parts: list[PartSpan] = field(default_factory=list)
    paragraphs: list[Span] = field(default_factory=list)  # normalized, one per non-empty line
    repairs: Repairs = field(default_factory=Repairs)
    # name → (the list, its length, the lookup table built from it) (``_cached``). A field,
    # not an entry written into ``__dict__``: writing the instance dict makes every
    # attribute read of the document slower.
    _lookups: dict[str, tuple[list[Any], int, Any]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @property
    def text(self) -> str:
        return self.textmap.text

    def part_at(self, offset: int) -> str:
        """The report part a normalized offset belongs to."""
        part = self._lookup("parts", self.parts, _part_span, offset, _first_part)
        return "other" if part is None else part.part

    def section_at(self, offset: int) -> Section | None:
        """The innermost section whose body contains a normalized offset."""
        return self._lookup("sections", self.sections, _section_body, offset, _innermost_section)

    def paragraph_at(self, offset: int) -> Span | None:
        starts = self._cached("paragraphs", self.paragraphs, _paragraph_starts)
        index = bisect.bisect_right(starts, offset) - 1
        if index >= 0 and self.paragraphs[index].contains(offset):
            return self.paragraphs[index]
        return None

    def _lookup(self, name: str, items: list[Any], span_of: Any, offset: int, pick: Any) -> Any:
        """``pick(items, offset)`` memoized per stretch between the items' span boundaries
        (the answer of a scan by containment cannot change inside one). Checks ask
        thousands of times per report: no closure is made for an answer already known."""
        found = self._lookups.get(name)  # (``_cached`` written out: thousands of calls)
        if found is None or found[0] is not items or found[1] != len(items):
            found = self._lookups[name] = (items, len(items), _stretches(items, span_of))
        bounds, answers = found[2]
        index = bisect.bisect_right(bounds, offset)
        if index in answers:
            return answers[index]
        answer = answers[index] = pick(items, offset)
        return answer

    def _cached(self, name: str, items: list[Any], build: Any, *args: Any) -> Any:
        """``build(items, *args)``: a lookup table, rebuilt when the list is replaced or
        resized."""
        cache = self._lookups
        found = cache.get(name)
        if found is None or found[0] is not items or found[1] != len(items):
            found = cache[name] = (items, len(items), build(items, *args))
        return found[2]

    def original_span(self, span: Span) -> Span:
        return self.textmap.original(span)

    def original_text(self, span: Span) -> str:
        """The original characters a normalized span was produced from (verbatim)."""
        orig = self.textmap.original(span)
        return self.source.text[orig.start : orig.end]


def _paragraph_starts(spans: list[Span]) -> list[int]:
    return [span.start for span in spans]


def _stretches(items: list[Any], span_of: Any) -> tuple[list[int], dict[int, Any]]:
    """Sorted span boundaries, and the answers of the stretches between two (by the index of
    the bisection), filled in as they are computed."""
    spans = [span_of(item) for item in items]
    return sorted({b for span in spans for b in (span.start, span.end)}), {}


def _part_span(part: PartSpan) -> Span:
    return part.span


def _section_body(section: Section) -> Span:
    return section.body


def _first_part(parts: list[PartSpan], offset: int) -> PartSpan | None:
    for part in parts:
        span = part.span
        if span.start <= offset < span.end:  # (``Span.contains`` written out)
            return part
    return None


def _innermost_section(sections: list[Section], offset: int) -> Section | None:
    best: Section | None = None
    for section in sections:
        body = section.body
        if body.start <= offset < body.end and (best is None or section.level >= best.level):
            best = section
    return best


@dataclass(frozen=True)
class Example:
    text: str
    good: bool
    meta: dict[str, Any] = field(default_factory=dict)  # e.g. {"report_year": 2019}


@dataclass(frozen=True)
class Rule:
    """One declarative rule, loaded from YAML. ``params`` holds the kind-specific keys."""

    id: str
    kind: str  # "topic", "numeric", "structure", "format", "phrase"
    title: str
    severity: str
    message: str
    slug: str = ""
    check: str = ""  # implementation within the kind, e.g. "rate", "required-part"
    summary: str = ""
    rationale: str = ""
    reference: str = ""
    part: str = ""  # outline part id for topics, e.g. "outline-2021/ch05"
    levels: tuple[str, ...] = ()  # empty: all levels
    years: tuple[int, int] | None = None  # inclusive report-year range; None: all
    params: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    examples: tuple[Example, ...] = ()
    origin: str = ""  # "file:line" of the rule's definition
    extends: str = ""  # id of the rule whose ``match`` this one extends (``match.extends``)

    @property
    def finding_kind(self) -> str:
        return "coverage" if self.kind == "topic" else self.kind

    def admits_level(self, level: str) -> bool:
        """Whether ``levels`` admits a report level (an unknown level is given the benefit)."""
        return not self.levels or level in self.levels or level == "unknown"

    def admits_year(self, year: int | None, *, unknown: bool = True) -> bool:
        """Whether ``years`` admits a report year; ``unknown`` decides when it is None."""
        if year is None:
            return unknown
        return self.years is None or self.years[0] <= year <= self.years[1]

    def finding(
        self,
        span: Span,
        message: str | None = None,
        *,
        related: tuple[Span, ...] = (),
        severity: str | None = None,
        data: dict[str, Any] | None = None,
        origin: Span | None = None,
    ) -> Finding:
        """The only way checks create findings, so identity and severity can't be forgotten.

        ``origin`` is an ORIGINAL-offset span for a place the normalized text does not hold
        (page furniture); reporters then position the finding there instead of at ``span``.
        """
        return Finding(
            rule=self.id,
            slug=self.slug,
            kind=self.finding_kind,
            severity=severity or self.severity,
            message=message or self.message,
            span=span,
            related=related,
            data=data or {},
            origin=origin,
        )


@dataclass(frozen=True)
class Finding:
    rule: str
    slug: str
    kind: str
    severity: str
    message: str
    span: Span  # normalized; Span(0, 0) for whole-document findings
    related: tuple[Span, ...] = ()
    data: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    origin: Span | None = None  # original offsets, when the place is not in the normalized text

    def __init__(
        self,
        rule: str,
        slug: str,
        kind: str,
        severity: str,
        message: str,
        span: Span,
        related: tuple[Span, ...] = (),
        data: dict[str, Any] | None = None,
        origin: Span | None = None,
    ) -> None:
        # Written out for speed, as ``Repair.__init__`` (the generated frozen one sets each of
        # the nine fields through ``object.__setattr__``); ``data`` defaults to a new dict.
        fields = self.__dict__
        fields["rule"] = rule
        fields["slug"] = slug
        fields["kind"] = kind
        fields["severity"] = severity
        fields["message"] = message
        fields["span"] = span
        fields["related"] = related
        fields["data"] = {} if data is None else data
        fields["origin"] = origin


@dataclass
class TopicResult:
    rule: str
    slug: str
    title: str
    status: str  # TopicStatus
    part: str  # outline part id
    evidence: list[Span] = field(default_factory=list)  # normalized spans
    weight: Decimal = Decimal(1)
    # False for a topic the report does not owe: not-applicable, or covered although its rule's
    # levels leave the report's level out (no finding, left out of the scores all the same)
    required: bool = True

    @property
    def scored(self) -> bool:
        """Whether the topic counts in the report's and its sections' scores: applicable and
        owed by the report's level."""
        return self.required and self.status != "not-applicable"


@dataclass
class ChapterScore:
    id: str
    title: str
    score: Decimal
    covered: int
    total: int


@dataclass
class Score:
    overall: Decimal | None
    chapters: list[ChapterScore] = field(default_factory=list)


@dataclass
class InputErrorInfo:
    code: str
    message: str


@dataclass
class Report:
    """The result of checking one input."""

    path: str
    status: str = "ok"  # "ok" | "error"
    error: InputErrorInfo | None = None
    document: Document | None = None
    topics: list[TopicResult] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    score: Score | None = None
