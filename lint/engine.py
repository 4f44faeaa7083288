"""Run the selected rules over one document and assemble its ``Report``."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lint.checks import RunContext, registry
from lint.document import build_document
from lint.errors import FzlintError, InputError
from lint.model import (
    ChapterScore,
    Document,
    InputErrorInfo,
    Report,
    Rule,
    Score,
    TopicResult,
)
from lint.rules import RuleSet
from lint.sources import DEFAULT_MAX_BYTES, read_bytes, read_path

OUTLINE_2021 = "outline-2021"
OUTLINE_2015 = "outline-2015"


@dataclass
class Options:
    outline: str | None = None  # force an outline pack
    checklist: str | None = None  # force a checklist
    max_bytes: int = DEFAULT_MAX_BYTES
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)


def outline_for_year(year: int | None) -> str:
    """The Outline pack a report year is measured against (2015 pack for 2016–2020)."""
    if year is not None and year <= 2020:
        return OUTLINE_2015
    return OUTLINE_2021


def check_path(path: Path, display: str, ruleset: RuleSet, options: Options) -> Report:
    try:
        source = read_path(path, display, max_bytes=options.max_bytes)
    except InputError as exc:
        return Report(path=display, status="error", error=InputErrorInfo(exc.code, exc.message))
    return check_source_document(build_document(source), ruleset, options)


def check_bytes(data: bytes, display: str, ruleset: RuleSet, options: Options) -> Report:
    try:
        source = read_bytes(data, display, max_bytes=options.max_bytes)
    except InputError as exc:
        return Report(path=display, status="error", error=InputErrorInfo(exc.code, exc.message))
    return check_source_document(build_document(source), ruleset, options)


def check_source_document(doc: Document, ruleset: RuleSet, options: Options) -> Report:
    meta = doc.meta
    meta.outline = options.outline or outline_for_year(meta.report_year)
    meta.checklist = options.checklist or "local-government"
    active, not_applicable = select_rules(ruleset, doc, options)
    ctx = RunContext(outline=meta.outline, checklist=meta.checklist, not_applicable=not_applicable)
    report = Report(path=doc.source.path, document=doc)
    kinds = registry()
    by_kind: dict[str, list[Rule]] = {}
    for rule in active:
        by_kind.setdefault(rule.kind, []).append(rule)
    for kind, rules in by_kind.items():
        if kind not in kinds:
            raise FzlintError(f"未知的规则类型 {kind}")
        output = kinds[kind].run(rules, doc, ctx)
        report.findings.extend(output.findings)
        report.topics.extend(output.topics)
    report.findings.sort(key=lambda f: (f.span.start, f.rule))
    report.score = score(report.topics, ruleset)
    return report


def select_rules(
    ruleset: RuleSet, doc: Document, options: Options
) -> tuple[list[Rule], frozenset[str]]:
    """Rules that apply to this report, and the topic rules that are not applicable to it."""
    meta = doc.meta
    active: list[Rule] = []
    not_applicable: set[str] = set()
    for rule in ruleset.rules.values():
        if rule.part and not rule.part.startswith(f"{meta.outline}/"):
            continue
        if options.select and not rule.id.startswith(options.select):
            continue
        if options.ignore and rule.id.startswith(options.ignore):
            continue
        applies = (not rule.levels or meta.level in rule.levels or meta.level == "unknown") and (
            rule.years is None
            or meta.report_year is None
            or rule.years[0] <= meta.report_year <= rule.years[1]
        )
        if not applies:
            if rule.kind != "topic":
                continue
            not_applicable.add(rule.id)
        active.append(rule)
    return active, frozenset(not_applicable)


def score(topics: list[TopicResult], ruleset: RuleSet) -> Score:
    """Coverage per Outline part and overall: covered = 1, weak = 0.5, planned = 0.25."""
    value = {"covered": 1.0, "weak": 0.5, "planned": 0.25, "missing": 0.0}
    chapters: dict[str, list[TopicResult]] = {}
    for topic in topics:
        if topic.status != "not-applicable" and topic.part:
            chapters.setdefault(topic.part, []).append(topic)
    result: list[ChapterScore] = []
    total_weight = total_value = 0.0
    for part_id in sorted(chapters):
        items = chapters[part_id]
        weight = sum(t.weight for t in items)
        got = sum(t.weight * value[t.status] for t in items)
        total_weight += weight
        total_value += got
        part = ruleset.parts.get(part_id)
        result.append(
            ChapterScore(
                id=part_id,
                title=part.title if part else part_id,
                score=round(100 * got / weight, 1) if weight else 0.0,
                covered=sum(1 for t in items if t.status == "covered"),
                total=len(items),
            )
        )
    overall = round(100 * total_value / total_weight, 1) if total_weight else None
    return Score(overall, result)
