"""Run the selected rules over one document and assemble its ``Report``."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from lint.checks import CheckImpl, RunContext, implementation
from lint.document import build_document
from lint.errors import FzlintError, InputError
from lint.model import Document, InputErrorInfo, Report, Rule
from lint.offsets import Source
from lint.options import Options
from lint.rules import RuleSet
from lint.rules.select import checklist_for, select_rules
from lint.scoring import score
from lint.sources import read_bytes, read_path

__all__ = ["Options", "check_bytes", "check_path", "check_source_document", "outline_for"]

OUTLINE_2021 = "outline-2021"
OUTLINE_2015 = "outline-2015"


# A title naming the 2015–2020 Outline (关于法治政府建设实施纲要（2015—2020年）落实完成情况的报告)
_OLD_OUTLINE_TITLE = re.compile(r"纲要[（(]?\s*2015\s*[-—–－~至]+\s*2020")


def outline_for(year: int | None, title: str | None = None) -> str:
    """The Outline pack a report year is measured against (2015 pack for 2016–2020); with no
    year, a title that names the 2015–2020 Outline (a report on carrying it out) chooses it."""
    if year is not None and year <= 2020:
        return OUTLINE_2015
    if year is None and title and _OLD_OUTLINE_TITLE.search(title):
        return OUTLINE_2015
    return OUTLINE_2021


def check_path(path: Path, display: str, ruleset: RuleSet, options: Options) -> Report:
    """Check one file; an unreadable one is a report with ``status: error``."""
    return _check(
        lambda: read_path(path, display, max_bytes=options.max_bytes), display, ruleset, options
    )


def check_bytes(data: bytes, display: str, ruleset: RuleSet, options: Options) -> Report:
    """Check one input given as bytes (standard input)."""
    return _check(
        lambda: read_bytes(data, display, max_bytes=options.max_bytes), display, ruleset, options
    )


def _check(read: Callable[[], Source], display: str, ruleset: RuleSet, options: Options) -> Report:
    try:
        source = read()
    except InputError as exc:
        return Report(path=display, status="error", error=InputErrorInfo(exc.code, exc.message))
    return check_source_document(build_document(source), ruleset, options)


def check_source_document(doc: Document, ruleset: RuleSet, options: Options) -> Report:
    """Select the rules for this report, run every check, score the coverage."""
    meta = doc.meta
    if options.year is not None:  # ``--year``: the drafter knows better than the detection
        meta.report_year = options.year
    if options.level is not None:
        meta.level = options.level  # validated by the CLI and the config reader
    meta.outline = options.outline or outline_for(meta.report_year, meta.title)
    selection = select_rules(
        ruleset,
        meta,
        select=options.select,
        ignore=options.ignore,
        severity=options.severity,
        checklist=options.checklist or checklist_for(meta, ruleset),
    )
    meta.checklist = selection.checklist
    ctx = RunContext(
        outline=meta.outline,
        checklist=meta.checklist,
        not_applicable=selection.not_applicable,
        optional=selection.optional,
        weights=selection.weights,
        part_titles=selection.part_titles,
        coverage_severity=selection.coverage_severity,
    )
    report = Report(path=doc.source.path, document=doc)
    groups: dict[int, tuple[CheckImpl, list[Rule]]] = {}
    for rule in selection.active:
        impl = implementation(rule)
        if impl is None:
            raise FzlintError(
                f"{rule.origin}: 规则 {rule.id} 的类型 {rule.kind}/{rule.check} 无对应检查"
            )
        groups.setdefault(id(impl), (impl, []))[1].append(rule)
    for impl, rules in groups.values():
        output = impl.run(rules, doc, ctx)
        report.findings.extend(output.findings)
        report.topics.extend(output.topics)
    report.findings.sort(key=lambda f: (f.span.start, f.rule))
    report.score = score(report.topics, ruleset)
    return report
